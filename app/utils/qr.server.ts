// QR codes for the team-pulse link, drawn as SVG on the server (qrcode; no canvas, no script).
import QRCode from "qrcode";

/** An SVG QR code of `text`, sized by CSS (it has a viewBox and no width). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
