/** node:url for the offline page: file URLs of virtual paths. */
export function fileURLToPath(url: string | URL): string {
  const s = typeof url === 'string' ? url : url.href;
  if (!s.startsWith('file://')) throw new TypeError(`Geen file-URL: ${s}`);
  return decodeURIComponent(s.slice('file://'.length).replace(/^[^/]*/, ''));
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path.startsWith('/') ? path : `/${path}`)}`);
}

const URLClass = URL;
export { URLClass as URL };
export default { fileURLToPath, pathToFileURL, URL: URLClass };
