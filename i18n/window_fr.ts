<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>access</name>
    <message>
        <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter switches it on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter presses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {value} at {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Autosave failed: {error}. The session is not protected against a crash until it succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autosaved session could not be read ({error}); it stays in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regviz did not close properly last time. It had autosaved “{name}” at step {step} ({when}).

Restore it? Discard deletes it; Not now keeps it for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the autosaved session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the autosaved session at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data (CSV: x1,x2,label or x,y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {file}, {count} points (x, y: a regression) — a new net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: {file}, {count} points ({classes} classes) — a new net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 2-D points or a regression&apos;s x,y have a training set to export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the training set as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} training points written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped with an error:

{error}

Change the settings and press R to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly. Press R to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process stopped before it sent the nets&apos; weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new run replaced the nets before they sent their weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run ended (it failed or diverged) before it sent the nets&apos; weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>regviz sessions (*.regviz);;JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the save — the window closes when it is written (close again to quit without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment copied as one line ({count} characters): paste it into regviz (File ▸ Paste experiment) or regviz train --config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment pasted: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has ended: its loss diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training process is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {file} — the nets&apos; weights never came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not saved to
{paths}

{why}: the weights of the nets you trained were lost (any earlier file there is unchanged).

The config and the metrics up to step {step} can still be saved, without weights: opening that session trains the nets again from their seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} (with weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} (without weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The session was not saved; an earlier file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.

{written} of {total} files were written before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script written to {path} — run it with python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet: a lesson&apos;s prediction steps record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the class&apos;s predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} predictions written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a GIF of this tab — stop it from the File menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frames: the GIF records while the net trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} frames to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The lesson format is described in docs/lessons.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing this step&apos;s training first (at full speed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson step {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train / pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one step (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new net from the same seed (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race up to four…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line style each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narration under the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include weights in saved sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: new net, same seed (on the Augmentation tab: draw new examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with baseline on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race up to four variants from one start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: next / previous step (what a presenter&apos;s remote sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / save a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data: a CSV of your own points (x1,x2,label, or x,y for a regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy / paste the experiment as one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plots on this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous control (Enter presses a button or switches a box; the arrows move a focused slider; typing goes to a focused field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the decision boundary (Tab to it): move the cursor, add a point there (Ctrl+Enter: the other class), delete the point under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record animated GIF of this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy experiment (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots on this tab (PNG, SVG, CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment as a PyTorch script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class predictions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment as a notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ sweep…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About regviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train an unregularized twin from the same initial weights on the same minibatches (dashed curves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> step {step} · epoch {epoch} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> max </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {speed}/s </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training — Space pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — Space trains, S steps once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>Narration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>Export as a Jupyter notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook written to {path} — open it in Jupyter or upload it to Colab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>Skip the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many in the class chose each answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer (key {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many in the class chose this answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space trains the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space reveals what the run says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} — {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answer}: {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: pick the class&apos;s answer (keys 1–{count}) or skip the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Train) trains the step; until then the pick can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Reveal) reveals what the run says; until then the pick can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to train the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training waits for the class&apos;s prediction: pick an answer (keys 1–{count}) or skip the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to train this step: its run answers the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to reveal: the run as it stands answers the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… the run answers when the step ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run as it stands answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. {doing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run as it stands answers (step {step}): this step trains nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run made no answer true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run made answer {number} true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run made answers {numbers} true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class answered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class skipped the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run contradicts the lesson&apos;s expected answer ({number}): on this seed and with these settings it came out otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>Race up to four variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each variant trains from the same initial weights on the same minibatches; only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the experiment as it is). A line style tells them apart on every plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every regularizer off, except what a variant sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race from the unregularized experiment (L1, L2, weight decay, dropout, augmentation and adversarial training off), so &apos;none&apos; means none and &apos;l2&apos; means L2 alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant the sliders and boxes below change; &apos;every variant&apos; sets a value for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to one net with the experiment&apos;s shared settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race ended: one net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every variant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revealed:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme, presentation mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation mode folds them away so the plots get the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <source>{key} = {value} — applied to the running net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} changed — the net was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} = {value} — applied to {variant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} changed for {variant} — the race starts again from one start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied — {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset {name}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch norm: the same deep net with (solid) and without (dashed) it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FGSM: training a standard and an adversarially trained net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A race of {count}: {names} — from one start, on the same minibatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with an unregularized baseline (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset — a new net from the same seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {name}: step {step}, weights restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {name}: no weights saved, trained again from its seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied — keep at least two training points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} training points — the nets train on them from the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated training set is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the training engine — training starts as soon as it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the training engine — paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {count} steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data settings: the edited training points were dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — press Space to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stopped} Space trains on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Type a value from {low} to {high}, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {low} … {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Loading plots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regviz — regularization, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes&apos; X and y, trained live: y = w·x + b on the paired MSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the training engine (torch)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New augmentation examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FGSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
