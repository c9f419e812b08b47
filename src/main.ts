import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { OUTPUTS, readInputs } from './action/inputs.ts';
import { actionsLogProgress } from './progress/actions-log.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { statusTally } from './report/presentation.ts';
import { runShipgate } from './run-shipgate.ts';
import { errorMessage } from './util/errors.ts';

/**
 * The action: read inputs → run the checklist → write the report, summary and outputs →
 * fail the step on a failing verdict. The only module that talks to @actions/core.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = path.resolve(workspace, inputs.workingDirectory);
    const { report } = await runShipgate({
      root,
      phase: inputs.phase,
      env: process.env,
      observer: actionsLogProgress((text) => process.stdout.write(text)),
      maskSecret: (value) => core.setSecret(value),
      ...(inputs.config ? { configFile: inputs.config } : {}),
    });

    const reportPath = path.resolve(root, inputs.report);
    await mkdir(path.dirname(reportPath), { recursive: true });
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    core.setOutput(OUTPUTS.verdict, report.verdict);
    core.setOutput(OUTPUTS.report, reportPath);

    if (process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderMarkdown(report)).write();
    } else {
      core.warning('GITHUB_STEP_SUMMARY is not set: the job summary was not written.');
    }

    if (report.verdict === 'fail') {
      core.setFailed(
        `Shipgate verdict: fail (${statusTally(report.checks)}). See the job summary or ${reportPath}.`,
      );
    } else {
      core.info(`Shipgate verdict: pass (${statusTally(report.checks)})`);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
