declare module "*.css";

// autocannon 9 ships no types; the review bench uses this much of it.
declare module "autocannon" {
  interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
    "2xx": number;
  }
  function autocannon(options: { url: string; connections: number; duration: number; requests: Request[]; headers?: Record<string, string> }): Promise<Result>;
  export default autocannon;
}
