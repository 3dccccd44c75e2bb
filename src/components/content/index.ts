import Callout from './Callout.astro';
import QuickAnswer from './QuickAnswer.astro';
import TaskTable from './TaskTable.astro';
import Troubleshoot from './Troubleshoot.astro';

/** The components every article can use without importing them. */
export const articleComponents = { Callout, QuickAnswer, TaskTable, Troubleshoot };
