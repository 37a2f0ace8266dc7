// fetch cannot report upload progress (a streamed request body has no progress event in browsers, and needs
// HTTP/2 besides); XMLHttpRequest's upload.onprogress can. This is a fetch-shaped function over XMLHttpRequest, given
// to openapi-fetch for one call (its per-request `fetch` option): the call itself stays on the typed client, so its
// path, headers (the bearer token from the client's middleware) and answer types come from the contract.

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Sends `body` instead of the request's own: the File goes to xhr.send as it is, so the browser streams it from
 * disk with a Content-Length (the gateway refuses chunked bodies: 411) and never reads it into memory.
 */
export function xhrTransport(
  body: Blob,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): (request: Request) => Promise<Response> {
  return (request) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : body.size });
      xhr.onload = () =>
        resolve(new Response(xhr.responseText || null, { status: xhr.status, headers: responseHeaders(xhr.getAllResponseHeaders()) }));
      xhr.onerror = () => reject(new TypeError("The upload did not reach the service"));
      xhr.onabort = () => reject(new DOMException("The upload was cancelled", "AbortError"));
      signal?.addEventListener("abort", () => xhr.abort(), { once: true });
      xhr.send(body);
    });
}

function responseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
