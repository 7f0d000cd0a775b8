import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { errorResponse, type Dispatch } from "./api.js";

const MAX_REQUEST_BYTES = 12 * 1024 * 1024;

const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, accept-language",
  "access-control-allow-methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
};

/**
 * As API Gateway does: answer at once and close the connection. The rest of the body is never read,
 * so the socket cannot serve another request — kept alive, the client's next request would hang.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse) {
  const answer = errorResponse(413, "body_too_large", req.headers["accept-language"], { limit: MAX_REQUEST_BYTES });
  res.writeHead(answer.status, { ...cors, ...answer.headers, connection: "close" });
  res.end(answer.body, () => req.socket.destroy());
}

/** A plain HTTP front for the local API; the CORS answers mirror the HTTP API's preflight settings. */
export function serve(dispatch: Dispatch, port: number, { log = false } = {}): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      if (req.method === "OPTIONS") {
        res.writeHead(204, cors).end();
        return;
      }
      if (Number(req.headers["content-length"] ?? 0) > MAX_REQUEST_BYTES) return tooLarge(req, res);
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_REQUEST_BYTES) return tooLarge(req, res);
        chunks.push(chunk as Buffer);
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]));
      const started = performance.now();
      const answer = await dispatch({ method: req.method ?? "GET", url: req.url ?? "/", headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { ...cors, ...answer.headers }).end(answer.body);
      if (log) console.log(`${req.method} ${(req.url ?? "/").split("?")[0]} → ${answer.status} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "internal_error", message: "Local server error", details: null } }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
