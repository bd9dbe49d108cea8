import { useEffect, useRef } from 'react';
import { heartbeatMs } from './idle-timeout';

/** Input that counts as someone at the keyboard; captured so a stopped propagation cannot hide it. */
const ACTIVITY_EVENTS = ['keydown', 'mousemove', 'mousedown', 'pointerdown', 'touchstart', 'wheel', 'scroll'] as const;

interface IdleLockOptions {
  enabled: boolean;
  timeoutMs: number;
  onIdle: () => void;
  /** Called at most once per heartbeat interval, and only after fresh activity. */
  onActiveHeartbeat: () => void;
}

export function useIdleLock({ enabled, timeoutMs, onIdle, onActiveHeartbeat }: IdleLockOptions): void {
  const callbacks = useRef({ onIdle, onActiveHeartbeat });
  useEffect(() => {
    callbacks.current = { onIdle, onActiveHeartbeat };
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const beatEvery = heartbeatMs(timeoutMs);
    let lastActivity = Date.now();
    let lastBeat = lastActivity;
    let timer = window.setTimeout(fire, timeoutMs);

    function fire() {
      // A suspended machine can wake with the timer late; the clock decides, not the timer.
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= timeoutMs) callbacks.current.onIdle();
      else timer = window.setTimeout(fire, timeoutMs - idleFor);
    }

    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      window.clearTimeout(timer);
      timer = window.setTimeout(fire, timeoutMs);
      if (now - lastBeat >= beatEvery) {
        lastBeat = now;
        callbacks.current.onActiveHeartbeat();
      }
    };

    const options = { capture: true, passive: true } as const;
    for (const event of ACTIVITY_EVENTS) document.addEventListener(event, onActivity, options);
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY_EVENTS) document.removeEventListener(event, onActivity, options);
    };
  }, [enabled, timeoutMs]);
}
