interface Notice {
  code: string;
  text: string;
}

function noticeOf(extensions: Record<string, unknown> | undefined): Notice | undefined {
  const n = extensions?.redisclosureNotice as Partial<Notice> | undefined;
  return n && typeof n.code === 'string' && typeof n.text === 'string'
    ? { code: n.code, text: n.text }
    : undefined;
}

/**
 * The notice prohibiting re-disclosure, shown with any substance-use information on screen: the
 * gateway puts it in the response's extensions when the response carries any (ADR 0021).
 */
export function RedisclosureNotice({ extensions }: { extensions?: Record<string, unknown> }) {
  const notice = noticeOf(extensions);
  if (!notice) return null;
  return (
    <aside className="redisclosure" aria-labelledby="redisclosure-title" data-code={notice.code}>
      <h2 id="redisclosure-title">Substance use information: further disclosure prohibited</h2>
      <p>{notice.text}</p>
    </aside>
  );
}
