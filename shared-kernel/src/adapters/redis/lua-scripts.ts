import type { RedisClient } from './redis-client';

/** A Lua script to call as a command; without `numberOfKeys` the caller passes the key count first. */
export interface LuaScript {
  lua: string;
  numberOfKeys?: number;
}

/**
 * Defines each script as a command of the client, once per client, and
 * returns the client typed with them. ioredis sends EVALSHA and falls back to
 * EVAL on NOSCRIPT; a script starting with `#!lua flags=` is refused with -OOM
 * before it runs when memory is full.
 */
export function withLuaScripts<Commands extends object>(redis: RedisClient, scripts: { [Name in keyof Commands & string]: LuaScript }): RedisClient & Commands {
  const client = redis as RedisClient & Record<string, unknown>;
  for (const [name, script] of Object.entries(scripts) as [string, LuaScript][]) {
    if (typeof client[name] === 'function') continue;
    redis.defineCommand(name, script.numberOfKeys === undefined ? { lua: script.lua } : { numberOfKeys: script.numberOfKeys, lua: script.lua });
  }
  return client as RedisClient & Commands;
}
