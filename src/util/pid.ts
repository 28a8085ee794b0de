/** Whether a process with this PID runs (in this PID namespace): signal 0 only asks, EPERM means it exists but is another user's. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
