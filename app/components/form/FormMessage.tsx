import { useTranslation } from "react-i18next";

export type Message = { key: string; values?: Record<string, string | number>; tone?: "error" | "success" };

/** A message about the whole form, announced to screen readers. */
export function FormMessage({ message }: { message?: Message | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  const tone = message.tone ?? "error";
  return (
    <p className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {t(message.key, message.values)}
    </p>
  );
}
