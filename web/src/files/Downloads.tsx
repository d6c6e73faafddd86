import { useState } from 'react';
import { apiFile, ApiError } from '../api/client';

/** `path` with `format=…` added to its query string. */
export function withFormat(path: string, format: 'csv' | 'xlsx'): string {
  return `${path}${path.includes('?') ? '&' : '?'}format=${format}`;
}

/**
 * "Download CSV" and "Download XLSX" for one table: the service's own export of the same answer,
 * fetched with the token (a plain link could not send it) and saved under the service's filename.
 */
export function Downloads({ path, what }: { path: string; what: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setProblem(null);
    try {
      const { blob, filename } = await apiFile(withFormat(path, format));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <div className="downloads" role="group" aria-label={`Download ${what}`}>
      <button type="button" onClick={() => void download('csv')}>
        Download CSV
      </button>
      <button type="button" onClick={() => void download('xlsx')}>
        Download XLSX
      </button>
      {problem ? (
        <span role="alert" className="field-error">
          Could not download {what}: {problem}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A printable report (HTML) in a new tab: the tab opens at once (so no pop-up blocker stops it),
 * then shows the report fetched with the token.
 */
export function ReportLink({ path, label }: { path: string; label: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    setProblem(null);
    const tab = window.open('', '_blank');
    try {
      const { blob } = await apiFile(path);
      const url = URL.createObjectURL(new Blob([blob], { type: 'text/html' }));
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (error) {
      tab?.close();
      setProblem(error instanceof ApiError ? error.message : String(error));
    }
  };
  return (
    <span className="report-link">
      <button type="button" className="link-button" onClick={() => void open()}>
        {label}
      </button>
      {problem ? (
        <span role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
