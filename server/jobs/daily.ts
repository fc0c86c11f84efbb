/** A job the server runs once a day, e.g. reminders; it returns how much it did, for the log. */
export interface DailyJob {
  name: string;
  run: () => Promise<number>;
}

/**
 * Runs each job shortly after start and then once a day until stopped. A failing job is logged
 * and tried again the next day; the others run regardless.
 */
export function startDailyJobs(
  jobs: DailyJob[],
  log: { error: (o: object, m: string) => void; info: (o: object, m: string) => void },
) {
  const runAll = async () => {
    for (const job of jobs) {
      try {
        const done = await job.run();
        if (done > 0) log.info({ job: job.name, done }, 'daily job done');
      } catch (err) {
        log.error({ err, job: job.name }, 'daily job failed');
      }
    }
  };
  const first = setTimeout(() => void runAll(), 60_000);
  const timer = setInterval(() => void runAll(), 24 * 3600 * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
