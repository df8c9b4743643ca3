import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { CreateMatterInput } from '../../../../shared/contract/index';
import { runBatch, type FileResult } from './batch-runner';

export type BatchPhase = 'choosing' | 'running' | 'done';

/** State of one batch: the chosen files, the per-file results, and cancel. */
export function useBatchImport(tooLarge: (name: string) => string) {
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [results, setResults] = useState<FileResult[]>([]);
  const [phase, setPhase] = useState<BatchPhase>('choosing');
  const [cancelRequested, setCancelRequested] = useState(false);
  const cancelRef = useRef(false);

  const addFiles = useCallback((more: File[]) => setFiles((list) => [...list, ...more]), []);
  const reset = useCallback(() => {
    setFiles([]);
    setResults([]);
    setPhase('choosing');
    setCancelRequested(false);
    cancelRef.current = false;
  }, []);
  const cancel = useCallback(() => {
    cancelRef.current = true;
    setCancelRequested(true);
  }, []);

  const start = useCallback(
    async (matter: Omit<CreateMatterInput, 'title'>) => {
      cancelRef.current = false;
      setCancelRequested(false);
      setPhase('running');
      setResults(files.map((f, key) => ({ key, fileName: f.name, path: f.webkitRelativePath || f.name, size: f.size, status: 'pending' })));
      await runBatch(files, {
        matter,
        tooLarge,
        cancelled: () => cancelRef.current,
        onUpdate: (index, result) => setResults((list) => list.map((r, i) => (i === index ? result : r))),
      });
      setPhase('done');
      await queryClient.invalidateQueries({ queryKey: ['matters.list'] });
      await queryClient.invalidateQueries({ queryKey: ['search.query'] });
    },
    [files, tooLarge, queryClient],
  );

  return { files, addFiles, results, phase, start, cancel, cancelRequested, reset };
}
