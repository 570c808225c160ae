/** Test-only kit of the conversation module (`@frontdesk/conversation/testing`): local fakes of its vendors. */
export * from './graph-api-fake';
