/**
 * Architecture rules, checked by `npm run boundaries` (part of `npm test`).
 * See docs/architecture.md for why each rule exists.
 */
const TEST_FILE = '\\.test\\.ts$';
// Resolved (node_modules/...) or, when not installed, the bare package name.
const VENDOR_SDKS =
  '^(node_modules/)?(stripe|@anthropic-ai/sdk|openai|twilio|cloudinary|elevenlabs|@elevenlabs/[^/]+|whatsapp|@aws-sdk/[^/]+)(/|$)';
const WEB_APPS = '^apps/(staff-dashboard|patient-chat|admin-console|web-common)/';

module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      comment: 'Other packages use a module only through its package entries (src/index.ts, src/server.ts, src/testing/index.ts).',
      severity: 'error',
      from: { path: '^modules/([^/]+)/' },
      to: { path: '^modules/[^/]+/src/', pathNot: ['^modules/$1/', '^modules/[^/]+/src/(index|server|testing/index)\\.ts$'] },
    },
    {
      name: 'module-internals-from-outside',
      severity: 'error',
      from: { pathNot: '^modules/' },
      to: { path: '^modules/[^/]+/src/', pathNot: '^modules/[^/]+/src/(index|server|testing/index)\\.ts$' },
    },
    {
      name: 'module-server-entry',
      comment: 'Only the composition root (apps/server) imports a module\'s ./server entry.',
      severity: 'error',
      from: { pathNot: ['^apps/server/', '^modules/([^/]+)/'] },
      to: { path: '^modules/[^/]+/src/server\\.ts$' },
    },
    {
      name: 'module-server-entry-between-modules',
      severity: 'error',
      from: { path: '^modules/([^/]+)/' },
      to: { path: '^modules/[^/]+/src/server\\.ts$', pathNot: '^modules/$1/' },
    },
    {
      name: 'shared-kernel-internals',
      comment: 'The shared kernel is used through its entries: ".", "./redis", "./phone", "./crypto" and "./testing".',
      severity: 'error',
      from: { pathNot: '^shared-kernel/' },
      to: {
        path: '^shared-kernel/src/',
        pathNot: '^shared-kernel/src/(index|adapters/redis/index|phone|crypto/token-cipher|testing/index)\\.ts$',
      },
    },
    {
      name: 'testing-kit-in-production-code',
      severity: 'error',
      from: { pathNot: [TEST_FILE, '^shared-kernel/src/testing/', '^modules/[^/]+/src/testing/', '^apps/server/test/'] },
      to: { path: '^shared-kernel/src/testing/' },
    },
    {
      name: 'module-testing-kit-in-production-code',
      comment: "A module's src/testing/ (fakes, harnesses, the ./testing entry) is for tests only. book-storm.ts is a child process of booking.integration.test.ts.",
      severity: 'error',
      from: { pathNot: [TEST_FILE, '^modules/[^/]+/src/testing/', '^apps/server/test/', '^modules/scheduling/scripts/book-storm\\.ts$'] },
      to: { path: '^modules/[^/]+/src/testing/' },
    },
    {
      name: 'pure-domain',
      comment: 'domain/ is pure: it imports its own domain folder and the shared kernel, nothing else.',
      severity: 'error',
      from: { path: '^modules/([^/]+)/src/domain/', pathNot: TEST_FILE },
      to: { pathNot: ['^modules/$1/src/domain/', '^shared-kernel/src/index\\.ts$'] },
    },
    {
      name: 'application-without-adapters',
      comment: 'Use cases depend on ports; adapters are wired in by the container.',
      severity: 'error',
      from: { path: '^modules/([^/]+)/src/application/', pathNot: TEST_FILE },
      to: { path: '^modules/$1/src/adapters/' },
    },
    {
      name: 'vendor-sdk-outside-adapters',
      comment: 'Vendor SDKs live behind a port, in an adapter.',
      severity: 'error',
      from: { pathNot: '/adapters/' },
      to: { path: VENDOR_SDKS },
    },
    {
      name: 'redis-client-outside-adapters',
      comment: 'Only adapters (and test harnesses) talk to Redis directly.',
      severity: 'error',
      from: { pathNot: ['/adapters/', '^shared-kernel/src/testing/', TEST_FILE] },
      to: { path: '^node_modules/ioredis/' },
    },
    {
      name: 'trpc-outside-api',
      comment: 'In a module, only api/ knows about tRPC; use cases stay transport-free.',
      severity: 'error',
      from: { path: '^modules/[^/]+/src/', pathNot: ['^modules/[^/]+/src/api/', TEST_FILE] },
      to: { path: '^node_modules/@trpc/' },
    },
    {
      name: 'web-apps-import-types-only',
      comment: 'The React apps may know the AppRouter type, never server code. apps/server/src/index.ts exports types only.',
      severity: 'error',
      from: { path: WEB_APPS },
      to: { path: '^(apps/server|modules|shared-kernel)/', pathNot: '^apps/server/src/index\\.ts$' },
    },
    {
      name: 'web-feature-isolation',
      comment: 'A web app feature (src/features/<feature>/) imports no other feature; code two features share lives in src/shared/.',
      severity: 'error',
      from: { path: '^apps/(staff-dashboard|admin-console|patient-chat)/src/features/([^/]+)/' },
      to: { path: '^apps/[^/]+/src/features/', pathNot: '^apps/$1/src/features/$2/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^apps/[^/]+/dist/' },
    // TypeScript 7 has no JS API for the cruiser to parse with; with @swc/core installed the cruiser parses .ts
    // and .tsx through it. (Forcing `parser: 'swc'` breaks on .tsx in dependency-cruiser 17.)
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
