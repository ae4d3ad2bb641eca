/** Saves a blob as a file through a temporary link (the browser's ordinary download). */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The chart's <svg> as a stand-alone SVG document. */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  if (!copy.getAttribute('width')) copy.setAttribute('width', String(svg.clientWidth || 760));
  if (!copy.getAttribute('height')) copy.setAttribute('height', String(svg.clientHeight || 320));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Today's date (the reader's calendar day) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The pixel size an <svg> declares (its width and height attributes), or its rendered size. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const read = (name: 'width' | 'height', rendered: number, fallback: number) => {
    const declared = Number.parseFloat(svg.getAttribute(name) ?? '');
    return Number.isFinite(declared) && declared > 0 ? declared : rendered || fallback;
  };
  return { width: read('width', svg.clientWidth, 760), height: read('height', svg.clientHeight, 320) };
}

/**
 * Draws an SVG document on a canvas and answers it as a PNG: `scale` device pixels per CSS pixel (2 for
 * crisp print and high-density screens), on a white background (the SVG's own is transparent). The SVG is
 * loaded as a `data:` image, which the Content-Security-Policy allows (`img-src 'self' data:`).
 */
export function svgToPng(svgDocument: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('No 2D canvas context'));
        return;
      }
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('The SVG could not be loaded as an image'));
    image.width = width;
    image.height = height;
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgDocument)}`;
  });
}
