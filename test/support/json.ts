/**
 * A response body as the tests read it: JSON parsed off the wire (GraphQL `data`, a health or
 * internal endpoint's answer), whose shape each test checks with expect(). Deliberately untyped:
 * typing every query's result by hand would restate the schema without checking more. Anything
 * else in the tests has a real type (eslint: no-explicit-any is an error here too).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one untyped boundary, see above
export type Json = any;
