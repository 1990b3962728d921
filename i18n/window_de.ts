<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>language</name>
    <message>
        <source>&amp;Language</source>
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
</context>
</TS>
