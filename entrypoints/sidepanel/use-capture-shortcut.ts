import { useEffect, useRef } from 'react';
import { onCaptureRequested } from '../../utils/ext/protocol/panel';

/**
 * The capture keyboard shortcut (see background/commands.ts) lands here: the panel captures when
 * it is beside an SI SIAO tab, and answers false otherwise so the background can tell.
 */
export function useCaptureShortcut(capture: (() => void) | null): void {
  const ref = useRef(capture);
  ref.current = capture;
  useEffect(
    () =>
      onCaptureRequested(() => {
        const run = ref.current;
        if (run) run();
        return Boolean(run);
      }),
    [],
  );
}
