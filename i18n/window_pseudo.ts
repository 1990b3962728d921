<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>access</name>
        <message>
            <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
            <translation>[·Àrröw kéys stép ît, Pàgé Üp àñd Pàgé Döwñ tàké bîggér stéps~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Up and Down choose</source>
            <translation>[·Üp àñd Döwñ çhöösé~~~~·]</translation>
        </message>
        <message>
            <source>Type a value, then Enter</source>
            <translation>[·Typé à vàlüé, théñ Éñtér~~~~~~·]</translation>
        </message>
        <message>
            <source>Enter switches it on or off</source>
            <translation>[·Éñtér swîtçhés ît öñ ör öff~~~~~~~·]</translation>
        </message>
        <message>
            <source>Enter presses it</source>
            <translation>[·Éñtér préssés ît~~~·]</translation>
        </message>
        <message>
            <source>curve</source>
            <translation>[·çürvé·]</translation>
        </message>
        <message>
            <source>{name} {value} at {x}</source>
            <translation>[·{name} {value} àt {x}·]</translation>
        </message>
        <message>
            <source>map from {low} to {high}</source>
            <translation>[·màp fröm {low} tö {high}~~·]</translation>
        </message>
        <message>
            <source>Nothing drawn yet</source>
            <translation>[·Nöthîñg dràwñ yét~~~·]</translation>
        </message>
        <message>
            <source>Plot</source>
            <translation>[·Plöt·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[·Stàtüs·]</translation>
        </message>
        <message>
            <source>{name} value</source>
            <translation>[·{name} vàlüé·]</translation>
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message>
            <source>Autosave failed: {error}. The session is not protected against a crash until it succeeds.</source>
            <translation>[·Àütösàvé fàîléd: {error}. Thé séssîöñ îs ñöt prötéçtéd àgàîñst à çràsh üñtîl ît süççééds.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Autosave failed</source>
            <translation>[·Àütösàvé fàîléd~~·]</translation>
        </message>
        <message>
            <source>An autosaved session could not be read ({error}); it stays in {folder}</source>
            <translation>[·Àñ àütösàvéd séssîöñ çöüld ñöt bé réàd ({error}); ît stàys îñ {folder}~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>regviz did not close properly last time. It had autosaved “{name}” at step {step} ({when}).

Restore it? Discard deletes it; Not now keeps it for the next start.</source>
            <translation>[·régvîz dîd ñöt çlösé pröpérly làst tîmé. Ît hàd àütösàvéd “{name}” àt stép {step} ({when}).

Réstöré ît? Dîsçàrd délétés ît; Nöt ñöw kééps ît för thé ñéxt stàrt.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Restore the autosaved session?</source>
            <translation>[·Réstöré thé àütösàvéd séssîöñ?~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>[·Réstöré·]</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>[·Dîsçàrd·]</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>[·Nöt ñöw·]</translation>
        </message>
        <message>
            <source>Restored the autosaved session at step {step}</source>
            <translation>[·Réstöréd thé àütösàvéd séssîöñ àt stép {step}~~~~~~ ~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>controls</name>
        <message>
            <source>Controls</source>
            <translation>[·Cöñtröls·]</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>[·CSV fîlés (*.çsv *.txt);;Àll fîlés (*)~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Open data (CSV: x1,x2,label or x,y)</source>
            <translation>[·Öpéñ dàtà (CSV: x1,x2,làbél ör x,y)~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Cannot use this data</source>
            <translation>[·Càññöt üsé thîs dàtà~~~~·]</translation>
        </message>
        <message>
            <source>{error}

Nothing was changed.</source>
            <translation>[·{error}

Nöthîñg wàs çhàñgéd.~~~~~~·]</translation>
        </message>
        <message>
            <source>Data: {file}, {count} points (x, y: a regression) — a new net</source>
            <translation>[·Dàtà: {file}, {count} pöîñts (x, y: à régréssîöñ) — à ñéw ñét~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Data: {file}, {count} points ({classes} classes) — a new net</source>
            <translation>[·Dàtà: {file}, {count} pöîñts ({classes} çlàssés) — à ñéw ñét~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Only 2-D points or a regression's x,y have a training set to export as CSV</source>
            <translation>[·Öñly 2-D pöîñts ör à régréssîöñ's x,y hàvé à tràîñîñg sét tö éxpört às CSV~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Export the training set as CSV</source>
            <translation>[·Éxpört thé tràîñîñg sét às CSV~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Cannot export the training set</source>
            <translation>[·Càññöt éxpört thé tràîñîñg sét~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{count} training points written to {path}</source>
            <translation>[·{count} tràîñîñg pöîñts wrîttéñ tö {path}~~~~~~ ~·]</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
            <translation>[·Thé löss dîvérgéd àt stép {step} (ît béçàmé NàN ör îñfîñîté) — löwér thé léàrñîñg ràté, théñ préss R tö rését.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Training paused</source>
            <translation>[·Tràîñîñg pàüséd~~·]</translation>
        </message>
        <message>
            <source>Training stopped: {error}</source>
            <translation>[·Tràîñîñg stöppéd: {error}~~~~·]</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>[·Tràîñîñg stöppéd~~~·]</translation>
        </message>
        <message>
            <source>Training stopped with an error:

{error}

Change the settings and press R to start again.</source>
            <translation>[·Tràîñîñg stöppéd wîth àñ érrör:

{error}

Chàñgé thé séttîñgs àñd préss R tö stàrt àgàîñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>The training engine could not start: {error}</source>
            <translation>[·Thé tràîñîñg éñgîñé çöüld ñöt stàrt: {error}~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly. Press R to start it again.</source>
            <translation>[·Thé tràîñîñg pröçéss stöppéd üñéxpéçtédly. Préss R tö stàrt ît àgàîñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>the training process stopped before it sent the nets' weights</source>
            <translation>[·thé tràîñîñg pröçéss stöppéd béföré ît séñt thé ñéts' wéîghts~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>a new run replaced the nets before they sent their weights</source>
            <translation>[·à ñéw rüñ réplàçéd thé ñéts béföré théy séñt théîr wéîghts~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>the run ended (it failed or diverged) before it sent the nets' weights</source>
            <translation>[·thé rüñ éñdéd (ît fàîléd ör dîvérgéd) béföré ît séñt thé ñéts' wéîghts~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>regviz sessions (*.regviz);;JSON (*.json);;All files (*)</source>
            <translation>[·régvîz séssîöñs (*.régvîz);;JSÖN (*.jsöñ);;Àll fîlés (*)~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Finishing the save — the window closes when it is written (close again to quit without it)</source>
            <translation>[·Fîñîshîñg thé sàvé — thé wîñdöw çlösés whéñ ît îs wrîttéñ (çlösé àgàîñ tö qüît wîthöüt ît)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Experiment copied as one line ({count} characters): paste it into regviz (File ▸ Paste experiment) or regviz train --config</source>
            <translation>[·Éxpérîméñt çöpîéd às öñé lîñé ({count} çhàràçtérs): pàsté ît îñtö régvîz (Fîlé ▸ Pàsté éxpérîméñt) ör régvîz tràîñ --çöñfîg~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Cannot paste the experiment</source>
            <translation>[·Càññöt pàsté thé éxpérîméñt~~~~~~~·]</translation>
        </message>
        <message>
            <source>Experiment pasted: {name}</source>
            <translation>[·Éxpérîméñt pàstéd: {name}~~~~·]</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>[·Öpéñ séssîöñ~·]</translation>
        </message>
        <message>
            <source>Cannot open the session</source>
            <translation>[·Càññöt öpéñ thé séssîöñ~~~~~~·]</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>[·Sàvé séssîöñ~·]</translation>
        </message>
        <message>
            <source>the run has ended: its loss diverged</source>
            <translation>[·thé rüñ hàs éñdéd: îts löss dîvérgéd~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>the training process is not running</source>
            <translation>[·thé tràîñîñg pröçéss îs ñöt rüññîñg~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>[·Sàvîñg {file}…·]</translation>
        </message>
        <message>
            <source>Not saved: {file} — the nets' weights never came</source>
            <translation>[·Nöt sàvéd: {file} — thé ñéts' wéîghts ñévér çàmé~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>The session was not saved to
{paths}

{why}: the weights of the nets you trained were lost (any earlier file there is unchanged).

The config and the metrics up to step {step} can still be saved, without weights: opening that session trains the nets again from their seed.</source>
            <translation>[·Thé séssîöñ wàs ñöt sàvéd tö
{paths}

{why}: thé wéîghts öf thé ñéts yöü tràîñéd wéré löst (àñy éàrlîér fîlé théré îs üñçhàñgéd).

Thé çöñfîg àñd thé métrîçs üp tö stép {step} çàñ stîll bé sàvéd, wîthöüt wéîghts: öpéñîñg thàt séssîöñ tràîñs thé ñéts àgàîñ fröm théîr sééd.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The session was not saved</source>
            <translation>[·Thé séssîöñ wàs ñöt sàvéd~~~~~~·]</translation>
        </message>
        <message>
            <source>Save without weights</source>
            <translation>[·Sàvé wîthöüt wéîghts~~~~·]</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>[·Döñ't sàvé·]</translation>
        </message>
        <message>
            <source>Not saved: {files}</source>
            <translation>[·Nöt sàvéd: {files}~·]</translation>
        </message>
        <message>
            <source>Saved {path} (with weights)</source>
            <translation>[·Sàvéd {path} (wîth wéîghts)~~~~~·]</translation>
        </message>
        <message>
            <source>Saved {path} (without weights)</source>
            <translation>[·Sàvéd {path} (wîthöüt wéîghts)~~~~~~·]</translation>
        </message>
        <message>
            <source>Cannot save the session</source>
            <translation>[·Càññöt sàvé thé séssîöñ~~~~~~·]</translation>
        </message>
        <message>
            <source>{error}

The session was not saved; an earlier file there is unchanged.</source>
            <translation>[·{error}

Thé séssîöñ wàs ñöt sàvéd; àñ éàrlîér fîlé théré îs üñçhàñgéd.~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{error}

That file was not written; an earlier file there is unchanged.</source>
            <translation>[·{error}

Thàt fîlé wàs ñöt wrîttéñ; àñ éàrlîér fîlé théré îs üñçhàñgéd.~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{error}

That file was not written; an earlier file there is unchanged.

{written} of {total} files were written before it.</source>
            <translation>[·{error}

Thàt fîlé wàs ñöt wrîttéñ; àñ éàrlîér fîlé théré îs üñçhàñgéd.

{written} öf {total} fîlés wéré wrîttéñ béföré ît.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Export plots to folder</source>
            <translation>[·Éxpört plöts tö földér~~~~~·]</translation>
        </message>
        <message>
            <source>Cannot export the plots</source>
            <translation>[·Càññöt éxpört thé plöts~~~~~~·]</translation>
        </message>
        <message>
            <source>Exported {count} files to {folder}</source>
            <translation>[·Éxpörtéd {count} fîlés tö {folder}~~~~~·]</translation>
        </message>
        <message>
            <source>Save window as PNG</source>
            <translation>[·Sàvé wîñdöw às PNG~~~~·]</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>[·PNG îmàgés (*.pñg)~~~~·]</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>[·Càññöt sàvé~·]</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>[·Sàvéd {path}·]</translation>
        </message>
        <message>
            <source>Export as PyTorch script</source>
            <translation>[·Éxpört às PyTörçh sçrîpt~~~~~~·]</translation>
        </message>
        <message>
            <source>Python scripts (*.py)</source>
            <translation>[·Pythöñ sçrîpts (*.py)~~~~~·]</translation>
        </message>
        <message>
            <source>Cannot export the script</source>
            <translation>[·Càññöt éxpört thé sçrîpt~~~~~~·]</translation>
        </message>
        <message>
            <source>Script written to {path} — run it with python</source>
            <translation>[·Sçrîpt wrîttéñ tö {path} — rüñ ît wîth pythöñ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>No predictions yet: a lesson's prediction steps record them</source>
            <translation>[·Nö prédîçtîöñs yét: à léssöñ's prédîçtîöñ stéps réçörd thém~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Export the class's predictions</source>
            <translation>[·Éxpört thé çlàss's prédîçtîöñs~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>[·CSV fîlés (*.çsv)~~~·]</translation>
        </message>
        <message>
            <source>Cannot export the predictions</source>
            <translation>[·Càññöt éxpört thé prédîçtîöñs~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{count} predictions written to {path}</source>
            <translation>[·{count} prédîçtîöñs wrîttéñ tö {path}~~~~~~~·]</translation>
        </message>
        <message>
            <source>Recording a GIF of this tab — stop it from the File menu</source>
            <translation>[·Réçördîñg à GÎF öf thîs tàb — stöp ît fröm thé Fîlé méñü~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>No frames: the GIF records while the net trains</source>
            <translation>[·Nö fràmés: thé GÎF réçörds whîlé thé ñét tràîñs~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Save animated GIF</source>
            <translation>[·Sàvé àñîmàtéd GÎF~~~·]</translation>
        </message>
        <message>
            <source>GIF images (*.gif)</source>
            <translation>[·GÎF îmàgés (*.gîf)~~~~·]</translation>
        </message>
        <message>
            <source>Cannot save the GIF</source>
            <translation>[·Càññöt sàvé thé GÎF~~~~·]</translation>
        </message>
        <message>
            <source>Saved {count} frames to {path}</source>
            <translation>[·Sàvéd {count} fràmés tö {path}~~~~·]</translation>
        </message>
        <message>
            <source>{error}

Nothing was changed.</source>
            <translation>[·{error}

Nöthîñg wàs çhàñgéd.~~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>language</name>
        <message>
            <source>&amp;Language</source>
            <translation>[·&amp;Làñgüàgé·]</translation>
        </message>
    </context>
    <context>
        <name>lessons</name>
        <message>
            <source>Cannot open the lesson</source>
            <translation>[·Càññöt öpéñ thé léssöñ~~~~~·]</translation>
        </message>
        <message>
            <source>{error}

The lesson format is described in docs/lessons.md.</source>
            <translation>[·{error}

Thé léssöñ förmàt îs désçrîbéd îñ döçs/léssöñs.md.~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Finishing this step's training first (at full speed)…</source>
            <translation>[·Fîñîshîñg thîs stép's tràîñîñg fîrst (àt füll spééd)…~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Lesson step {number}: {title}</source>
            <translation>[·Léssöñ stép {number}: {title}~~~·]</translation>
        </message>
    </context>
    <context>
        <name>menus</name>
        <message>
            <source>Step</source>
            <translation>[·Stép·]</translation>
        </message>
        <message>
            <source>Train / pause (Space)</source>
            <translation>[·Tràîñ / pàüsé (Spàçé)~~~~~·]</translation>
        </message>
        <message>
            <source>Train one step (S)</source>
            <translation>[·Tràîñ öñé stép (S)~~~~·]</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>[·Rését·]</translation>
        </message>
        <message>
            <source>A new net from the same seed (R)</source>
            <translation>[·À ñéw ñét fröm thé sàmé sééd (R)~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Compare with baseline</source>
            <translation>[·Cömpàré wîth bàsélîñé~~~~~·]</translation>
        </message>
        <message>
            <source>Race up to four…</source>
            <translation>[·Ràçé üp tö föür…~~~·]</translation>
        </message>
        <message>
            <source>Race…</source>
            <translation>[·Ràçé…·]</translation>
        </message>
        <message>
            <source>Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line style each)</source>
            <translation>[·Tràîñ 2 tö 4 vàrîàñts öf thîs éxpérîméñt fröm öñé stàrt, öñ thé sàmé mîñîbàtçhés (à lîñé stylé éàçh)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Log-scale loss</source>
            <translation>[·Lög-sçàlé löss~~·]</translation>
        </message>
        <message>
            <source>Show test points</source>
            <translation>[·Shöw tést pöîñts~~~·]</translation>
        </message>
        <message>
            <source>Narration under the plots</source>
            <translation>[·Nàrràtîöñ üñdér thé plöts~~~~~~·]</translation>
        </message>
        <message>
            <source>Open session…</source>
            <translation>[·Öpéñ séssîöñ…~~·]</translation>
        </message>
        <message>
            <source>Save session…</source>
            <translation>[·Sàvé séssîöñ…~~·]</translation>
        </message>
        <message>
            <source>Include weights in saved sessions</source>
            <translation>[·Îñçlüdé wéîghts îñ sàvéd séssîöñs~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[·Qüît·]</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>[·Plày / pàüsé~·]</translation>
        </message>
        <message>
            <source>One training step</source>
            <translation>[·Öñé tràîñîñg stép~~~·]</translation>
        </message>
        <message>
            <source>Reset: new net, same seed (on the Augmentation tab: draw new examples)</source>
            <translation>[·Rését: ñéw ñét, sàmé sééd (öñ thé Àügméñtàtîöñ tàb: dràw ñéw éxàmplés)~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Compare with baseline on/off</source>
            <translation>[·Cömpàré wîth bàsélîñé öñ/öff~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Race up to four variants from one start</source>
            <translation>[·Ràçé üp tö föür vàrîàñts fröm öñé stàrt~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Lesson: next / previous step (what a presenter's remote sends)</source>
            <translation>[·Léssöñ: ñéxt / prévîöüs stép (whàt à préséñtér's rémöté séñds)~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Presentation mode: full screen, large type</source>
            <translation>[·Préséñtàtîöñ mödé: füll sçrééñ, làrgé typé~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Open / save a session</source>
            <translation>[·Öpéñ / sàvé à séssîöñ~~~~~·]</translation>
        </message>
        <message>
            <source>Open data: a CSV of your own points (x1,x2,label, or x,y for a regression)</source>
            <translation>[·Öpéñ dàtà: à CSV öf yöür öwñ pöîñts (x1,x2,làbél, ör x,y för à régréssîöñ)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Copy / paste the experiment as one line of text</source>
            <translation>[·Cöpy / pàsté thé éxpérîméñt às öñé lîñé öf téxt~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Export the plots on this tab</source>
            <translation>[·Éxpört thé plöts öñ thîs tàb~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Next / previous control (Enter presses a button or switches a box; the arrows move a focused slider; typing goes to a focused field)</source>
            <translation>[·Néxt / prévîöüs çöñtröl (Éñtér préssés à büttöñ ör swîtçhés à böx; thé àrröws mövé à föçüséd slîdér; typîñg göés tö à föçüséd fîéld)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>On the decision boundary (Tab to it): move the cursor, add a point there (Ctrl+Enter: the other class), delete the point under it</source>
            <translation>[·Öñ thé déçîsîöñ böüñdàry (Tàb tö ît): mövé thé çürsör, àdd à pöîñt théré (Ctrl+Éñtér: thé öthér çlàss), délété thé pöîñt üñdér ît~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>[·Néxt stép·]</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>[·Prévîöüs stép~~·]</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>[·Préséñtàtîöñ mödé~~~·]</translation>
        </message>
        <message>
            <source>Record animated GIF of this tab</source>
            <translation>[·Réçörd àñîmàtéd GÎF öf thîs tàb~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[·&amp;Fîlé·]</translation>
        </message>
        <message>
            <source>Open recent</source>
            <translation>[·Öpéñ réçéñt~·]</translation>
        </message>
        <message>
            <source>Open data (CSV)…</source>
            <translation>[·Öpéñ dàtà (CSV)…~~~·]</translation>
        </message>
        <message>
            <source>Copy experiment (one line)</source>
            <translation>[·Cöpy éxpérîméñt (öñé lîñé)~~~~~~~·]</translation>
        </message>
        <message>
            <source>Paste experiment</source>
            <translation>[·Pàsté éxpérîméñt~~~·]</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>[·Éxpört·]</translation>
        </message>
        <message>
            <source>Plots on this tab (PNG, SVG, CSV)…</source>
            <translation>[·Plöts öñ thîs tàb (PNG, SVG, CSV)…~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Window as PNG…</source>
            <translation>[·Wîñdöw às PNG…~~·]</translation>
        </message>
        <message>
            <source>Training set as CSV…</source>
            <translation>[·Tràîñîñg sét às CSV…~~~~·]</translation>
        </message>
        <message>
            <source>Experiment as a PyTorch script…</source>
            <translation>[·Éxpérîméñt às à PyTörçh sçrîpt…~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Class predictions (CSV)…</source>
            <translation>[·Clàss prédîçtîöñs (CSV)…~~~~~~·]</translation>
        </message>
        <message>
            <source>Experiment as a notebook…</source>
            <translation>[·Éxpérîméñt às à ñötéböök…~~~~~~·]</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>[·&amp;Rüñ·]</translation>
        </message>
        <message>
            <source>λ sweep…</source>
            <translation>[·λ swéép…·]</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>[·&amp;Léssöñs·]</translation>
        </message>
        <message>
            <source>Open a lesson file…</source>
            <translation>[·Öpéñ à léssöñ fîlé…~~~~·]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[·&amp;Vîéw·]</translation>
        </message>
        <message>
            <source>Light theme (high contrast)</source>
            <translation>[·Lîght thémé (hîgh çöñtràst)~~~~~~~·]</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>[·Dàrk thémé·]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[·&amp;Hélp·]</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[·Kéyböàrd shörtçüts~~~~·]</translation>
        </message>
        <message>
            <source>About regviz</source>
            <translation>[·Àböüt régvîz~·]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>[·Tràîñîñg·]</translation>
        </message>
        <message>
            <source> Speed </source>
            <translation>[· Spééd ·]</translation>
        </message>
        <message>
            <source>Train an unregularized twin from the same initial weights on the same minibatches (dashed curves)</source>
            <translation>[·Tràîñ àñ üñrégülàrîzéd twîñ fröm thé sàmé îñîtîàl wéîghts öñ thé sàmé mîñîbàtçhés (dàshéd çürvés)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source> step {step} · epoch {epoch} </source>
            <translation>[· stép {step} · épöçh {epoch} ~~~~·]</translation>
        </message>
        <message>
            <source> max </source>
            <translation>[· màx ·]</translation>
        </message>
        <message>
            <source> {speed}/s </source>
            <translation>[· {speed}/s ·]</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>[·Pàüsé·]</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>[·Plày·]</translation>
        </message>
        <message>
            <source>Training — Space pauses</source>
            <translation>[·Tràîñîñg — Spàçé pàüsés~~~~~~·]</translation>
        </message>
        <message>
            <source>Paused — Space trains, S steps once</source>
            <translation>[·Pàüséd — Spàçé tràîñs, S stéps öñçé~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
            <translation>[·&lt;h3&gt;régvîz {version}&lt;/h3&gt;&lt;p&gt;Séé régülàrîzàtîöñ îñ ñéüràl ñétwörks wörkîñg, lîvé.&lt;/p&gt;&lt;p&gt;Büñdléd dàtà: MNÎST sübsét (LéCüñ, Cörtés, Bürgés), CC BY-SÀ 3.0; phötös by Stéfàñ vàñ dér Wàlt àñd Ràçhél Mîçhéttî (CC0), NÀSÀ àñd SpàçéX (püblîç dömàîñ).&lt;/p&gt;~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>narration</name>
        <message>
            <source>Narration</source>
            <translation>[·Nàrràtîöñ·]</translation>
        </message>
    </context>
    <context>
        <name>notebook</name>
        <message>
            <source>Export as a Jupyter notebook</source>
            <translation>[·Éxpört às à Jüpytér ñötéböök~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Jupyter notebooks (*.ipynb)</source>
            <translation>[·Jüpytér ñötébööks (*.îpyñb)~~~~~~~·]</translation>
        </message>
        <message>
            <source>Cannot export the notebook</source>
            <translation>[·Càññöt éxpört thé ñötéböök~~~~~~~·]</translation>
        </message>
        <message>
            <source>Notebook written to {path} — open it in Jupyter or upload it to Colab</source>
            <translation>[·Nötéböök wrîttéñ tö {path} — öpéñ ît îñ Jüpytér ör üplöàd ît tö Cölàb~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
    </context>
    <context>
        <name>prediction</name>
        <message>
            <source>Skip the question</source>
            <translation>[·Skîp thé qüéstîöñ~~~·]</translation>
        </message>
        <message>
            <source>Train ▶</source>
            <translation>[·Tràîñ ▶·]</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>[·Révéàl·]</translation>
        </message>
        <message>
            <source>hands</source>
            <translation>[·hàñds·]</translation>
        </message>
        <message>
            <source>How many in the class chose each answer (optional)</source>
            <translation>[·Höw màñy îñ thé çlàss çhösé éàçh àñswér (öptîöñàl)~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>The class's answer (key {number})</source>
            <translation>[·Thé çlàss's àñswér (kéy {number})~~~~~~~·]</translation>
        </message>
        <message>
            <source>How many in the class chose this answer (optional)</source>
            <translation>[·Höw màñy îñ thé çlàss çhösé thîs àñswér (öptîöñàl)~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Pick the class's answer (keys 1–{count} or click), or skip; then Space trains the step.</source>
            <translation>[·Pîçk thé çlàss's àñswér (kéys 1–{count} ör çlîçk), ör skîp; théñ Spàçé tràîñs thé stép.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Pick the class's answer (keys 1–{count} or click), or skip; then Space reveals what the run says.</source>
            <translation>[·Pîçk thé çlàss's àñswér (kéys 1–{count} ör çlîçk), ör skîp; théñ Spàçé révéàls whàt thé rüñ sàys.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>✓ true</source>
            <translation>[·✓ trüé·]</translation>
        </message>
        <message>
            <source>✗ false</source>
            <translation>[·✗ fàlsé·]</translation>
        </message>
        <message>
            <source>? not measured</source>
            <translation>[·? ñöt méàsüréd~~·]</translation>
        </message>
        <message>
            <source>{mark} — {numbers}</source>
            <translation>[·{mark} — {numbers}·]</translation>
        </message>
        <message>
            <source>{answer}: {verdict}</source>
            <translation>[·{answer}: {verdict}·]</translation>
        </message>
        <message>
            <source>hands: {count}</source>
            <translation>[·hàñds: {count}·]</translation>
        </message>
        <message>
            <source>the class's answer</source>
            <translation>[·thé çlàss's àñswér~~~~·]</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
            <translation>[·&lt;p&gt;&lt;b&gt;Prédîçt:&lt;/b&gt; {question}&lt;/p&gt;·]</translation>
        </message>
        <message>
            <source>Predict first: pick the class's answer (keys 1–{count}) or skip the question</source>
            <translation>[·Prédîçt fîrst: pîçk thé çlàss's àñswér (kéys 1–{count}) ör skîp thé qüéstîöñ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>The class's answer: {number}. Space (or Train) trains the step; until then the pick can change.</source>
            <translation>[·Thé çlàss's àñswér: {number}. Spàçé (ör Tràîñ) tràîñs thé stép; üñtîl théñ thé pîçk çàñ çhàñgé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>The class's answer: {number}. Space (or Reveal) reveals what the run says; until then the pick can change.</source>
            <translation>[·Thé çlàss's àñswér: {number}. Spàçé (ör Révéàl) révéàls whàt thé rüñ sàys; üñtîl théñ thé pîçk çàñ çhàñgé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The class's answer: {number} — press Space to train the step</source>
            <translation>[·Thé çlàss's àñswér: {number} — préss Spàçé tö tràîñ thé stép~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>The class's answer: {number} — press Space to reveal</source>
            <translation>[·Thé çlàss's àñswér: {number} — préss Spàçé tö révéàl~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Training waits for the class's prediction: pick an answer (keys 1–{count}) or skip the question</source>
            <translation>[·Tràîñîñg wàîts för thé çlàss's prédîçtîöñ: pîçk àñ àñswér (kéys 1–{count}) ör skîp thé qüéstîöñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Press Space to train this step: its run answers the question</source>
            <translation>[·Préss Spàçé tö tràîñ thîs stép: îts rüñ àñswérs thé qüéstîöñ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Press Space to reveal: the run as it stands answers the question</source>
            <translation>[·Préss Spàçé tö révéàl: thé rüñ às ît stàñds àñswérs thé qüéstîöñ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Training… the run answers when the step ends.</source>
            <translation>[·Tràîñîñg… thé rüñ àñswérs whéñ thé stép éñds.~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>The run as it stands answers…</source>
            <translation>[·Thé rüñ às ît stàñds àñswérs…~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The class's answer: {number}. {doing}</source>
            <translation>[·Thé çlàss's àñswér: {number}. {doing}~~~~~~·]</translation>
        </message>
        <message>
            <source>The run as it stands answers (step {step}): this step trains nothing</source>
            <translation>[·Thé rüñ às ît stàñds àñswérs (stép {step}): thîs stép tràîñs ñöthîñg~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The run made no answer true.</source>
            <translation>[·Thé rüñ màdé ñö àñswér trüé.~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The run made answer {number} true.</source>
            <translation>[·Thé rüñ màdé àñswér {number} trüé.~~~~~~~·]</translation>
        </message>
        <message>
            <source>The run made answers {numbers} true.</source>
            <translation>[·Thé rüñ màdé àñswérs {numbers} trüé.~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The class answered {number}.</source>
            <translation>[·Thé çlàss àñswéréd {number}.~~~~~·]</translation>
        </message>
        <message>
            <source>The class skipped the question.</source>
            <translation>[·Thé çlàss skîppéd thé qüéstîöñ.~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>This run contradicts the lesson's expected answer ({number}): on this seed and with these settings it came out otherwise.</source>
            <translation>[·Thîs rüñ çöñtràdîçts thé léssöñ's éxpéçtéd àñswér ({number}): öñ thîs sééd àñd wîth thésé séttîñgs ît çàmé öüt öthérwîsé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>hands: </source>
            <translation>[·hàñds: ·]</translation>
        </message>
    </context>
    <context>
        <name>race</name>
        <message>
            <source>solid</source>
            <translation>[·sölîd·]</translation>
        </message>
        <message>
            <source>dashed</source>
            <translation>[·dàshéd·]</translation>
        </message>
        <message>
            <source>dotted</source>
            <translation>[·döttéd·]</translation>
        </message>
        <message>
            <source>dash-dot</source>
            <translation>[·dàsh-döt·]</translation>
        </message>
        <message>
            <source>Race up to four variants</source>
            <translation>[·Ràçé üp tö föür vàrîàñts~~~~~~·]</translation>
        </message>
        <message>
            <source>Each variant trains from the same initial weights on the same minibatches; only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the experiment as it is). A line style tells them apart on every plot.</source>
            <translation>[·Éàçh vàrîàñt tràîñs fröm thé sàmé îñîtîàl wéîghts öñ thé sàmé mîñîbàtçhés; öñly îts séttîñgs dîffér. Wrîté éàçh às NÀMÉ:KÉY=VÀLÜÉ,… (NÀMÉ: àlöñé îs thé éxpérîméñt às ît îs). À lîñé stylé télls thém àpàrt öñ évéry plöt.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Ready-made</source>
            <translation>[·Réàdy-màdé·]</translation>
        </message>
        <message>
            <source>Every regularizer off, except what a variant sets</source>
            <translation>[·Évéry régülàrîzér öff, éxçépt whàt à vàrîàñt séts~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Race from the unregularized experiment (L1, L2, weight decay, dropout, augmentation and adversarial training off), so 'none' means none and 'l2' means L2 alone</source>
            <translation>[·Ràçé fröm thé üñrégülàrîzéd éxpérîméñt (L1, L2, wéîght déçày, dröpöüt, àügméñtàtîöñ àñd àdvérsàrîàl tràîñîñg öff), sö 'ñöñé' méàñs ñöñé àñd 'l2' méàñs L2 àlöñé~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Start the race</source>
            <translation>[·Stàrt thé ràçé~~·]</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>[·Ràçé·]</translation>
        </message>
        <message>
            <source>The variant the sliders and boxes below change; 'every variant' sets a value for all of them</source>
            <translation>[·Thé vàrîàñt thé slîdérs àñd böxés bélöw çhàñgé; 'évéry vàrîàñt' séts à vàlüé för àll öf thém~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>End race</source>
            <translation>[·Éñd ràçé·]</translation>
        </message>
        <message>
            <source>Back to one net with the experiment's shared settings</source>
            <translation>[·Bàçk tö öñé ñét wîth thé éxpérîméñt's shàréd séttîñgs~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Race ended: one net</source>
            <translation>[·Ràçé éñdéd: öñé ñét~~~~·]</translation>
        </message>
        <message>
            <source>Changes go to</source>
            <translation>[·Chàñgés gö tö~~·]</translation>
        </message>
        <message>
            <source>every variant</source>
            <translation>[·évéry vàrîàñt~~·]</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
            <translation>[·&lt;p&gt;&lt;b&gt;Prédîçt:&lt;/b&gt; {question}&lt;/p&gt;·]</translation>
        </message>
        <message>
            <source>true</source>
            <translation>[·trüé·]</translation>
        </message>
        <message>
            <source>false</source>
            <translation>[·fàlsé·]</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>[·ñöt méàsüréd~·]</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Revealed:&lt;/b&gt; {question}&lt;/p&gt;</source>
            <translation>[·&lt;p&gt;&lt;b&gt;Révéàléd:&lt;/b&gt; {question}&lt;/p&gt;~·]</translation>
        </message>
        <message>
            <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme, presentation mode.</source>
            <translation>[·Réñdéréd by &lt;code&gt;régvîz réñdér-léssöñ&lt;/code&gt; àt {width}×{height}, {theme} thémé, préséñtàtîöñ mödé.~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme.</source>
            <translation>[·Réñdéréd by &lt;code&gt;régvîz réñdér-léssöñ&lt;/code&gt; àt {width}×{height}, {theme} thémé.~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>regviz lessons</source>
            <translation>[·régvîz léssöñs~~·]</translation>
        </message>
        <message>
            <source>Step {number}: {title}</source>
            <translation>[·Stép {number}: {title}·]</translation>
        </message>
    </context>
    <context>
        <name>stage</name>
        <message>
            <source>Lesson</source>
            <translation>[·Léssöñ·]</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>[·Cöñtröls·]</translation>
        </message>
        <message>
            <source>Show or hide the controls (presentation mode folds them away so the plots get the room)</source>
            <translation>[·Shöw ör hîdé thé çöñtröls (préséñtàtîöñ mödé földs thém àwày sö thé plöts gét thé rööm)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Open lesson</source>
            <translation>[·Öpéñ léssöñ~·]</translation>
        </message>
        <message>
            <source>Lessons (*.json)</source>
            <translation>[·Léssöñs (*.jsöñ)~~~·]</translation>
        </message>
    </context>
    <context>
        <name>state</name>
        <message>
            <source>{key} = {value} — applied to the running net</source>
            <translation>[·{key} = {value} — àpplîéd tö thé rüññîñg ñét~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{key} changed — the net was reset</source>
            <translation>[·{key} çhàñgéd — thé ñét wàs rését~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>every variant</source>
            <translation>[·évéry vàrîàñt~~·]</translation>
        </message>
        <message>
            <source>{key} = {value} — applied to {variant}</source>
            <translation>[·{key} = {value} — àpplîéd tö {variant}~~~~·]</translation>
        </message>
        <message>
            <source>{key} changed for {variant} — the race starts again from one start</source>
            <translation>[·{key} çhàñgéd för {variant} — thé ràçé stàrts àgàîñ fröm öñé stàrt~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Not applied — {error}</source>
            <translation>[·Nöt àpplîéd — {error}~~·]</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>[·Prését·]</translation>
        </message>
        <message>
            <source>Preset {name}: {description}</source>
            <translation>[·Prését {name}: {description}~·]</translation>
        </message>
        <message>
            <source>Batch norm: the same deep net with (solid) and without (dashed) it</source>
            <translation>[·Bàtçh ñörm: thé sàmé déép ñét wîth (sölîd) àñd wîthöüt (dàshéd) ît~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>FGSM: training a standard and an adversarially trained net</source>
            <translation>[·FGSM: tràîñîñg à stàñdàrd àñd àñ àdvérsàrîàlly tràîñéd ñét~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>[·Ràçé·]</translation>
        </message>
        <message>
            <source>A race of {count}: {names} — from one start, on the same minibatches</source>
            <translation>[·À ràçé öf {count}: {names} — fröm öñé stàrt, öñ thé sàmé mîñîbàtçhés~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Comparing with an unregularized baseline (dashed)</source>
            <translation>[·Cömpàrîñg wîth àñ üñrégülàrîzéd bàsélîñé (dàshéd)~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Baseline off</source>
            <translation>[·Bàsélîñé öff~·]</translation>
        </message>
        <message>
            <source>Reset — a new net from the same seed</source>
            <translation>[·Rését — à ñéw ñét fröm thé sàmé sééd~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Session {name}: step {step}, weights restored</source>
            <translation>[·Séssîöñ {name}: stép {step}, wéîghts réstöréd~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Session {name}: no weights saved, trained again from its seed</source>
            <translation>[·Séssîöñ {name}: ñö wéîghts sàvéd, tràîñéd àgàîñ fröm îts sééd~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Not applied — keep at least two training points</source>
            <translation>[·Nöt àpplîéd — kéép àt léàst twö tràîñîñg pöîñts~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{count} training points — the nets train on them from the next step</source>
            <translation>[·{count} tràîñîñg pöîñts — thé ñéts tràîñ öñ thém fröm thé ñéxt stép~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>The generated training set is back</source>
            <translation>[·Thé géñéràtéd tràîñîñg sét îs bàçk~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Loading the training engine — training starts as soon as it is ready</source>
            <translation>[·Löàdîñg thé tràîñîñg éñgîñé — tràîñîñg stàrts às sööñ às ît îs réàdy~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Loading the training engine — paused</source>
            <translation>[·Löàdîñg thé tràîñîñg éñgîñé — pàüséd~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Training {count} steps…</source>
            <translation>[·Tràîñîñg {count} stéps…~~~·]</translation>
        </message>
        <message>
            <source>New data settings: the edited training points were dropped</source>
            <translation>[·Néw dàtà séttîñgs: thé édîtéd tràîñîñg pöîñts wéré dröppéd~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Ready — press Space to train</source>
            <translation>[·Réàdy — préss Spàçé tö tràîñ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{stopped} Space trains on.</source>
            <translation>[·{stopped} Spàçé tràîñs öñ.~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <source>Type a value from {low} to {high}, then Enter</source>
            <translation>[·Typé à vàlüé fröm {low} tö {high}, théñ Éñtér~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{name}: {low} … {high}</source>
            <translation>[·{name}: {low} … {high}·]</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Loading plots…</source>
            <translation>[·Löàdîñg plöts…~~·]</translation>
        </message>
        <message>
            <source>regviz — regularization, live</source>
            <translation>[·régvîz — régülàrîzàtîöñ, lîvé~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The notes' X and y, trained live: y = w·x + b on the paired MSE</source>
            <translation>[·Thé ñötés' X àñd y, tràîñéd lîvé: y = w·x + b öñ thé pàîréd MSÉ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Loading the training engine (torch)…</source>
            <translation>[·Löàdîñg thé tràîñîñg éñgîñé (törçh)…~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>New augmentation examples</source>
            <translation>[·Néw àügméñtàtîöñ éxàmplés~~~~~~·]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>[·Tràîñîñg·]</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>[·Nétwörk·]</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>[·Érrörs·]</translation>
        </message>
        <message>
            <source>Augmentation</source>
            <translation>[·Àügméñtàtîöñ~·]</translation>
        </message>
        <message>
            <source>Batch norm</source>
            <translation>[·Bàtçh ñörm·]</translation>
        </message>
        <message>
            <source>FGSM</source>
            <translation>[·FGSM·]</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>[·Dröpöüt·]</translation>
        </message>
        <message>
            <source>λ sweep</source>
            <translation>[·λ swéép·]</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>[·Éxàmplés·]</translation>
        </message>
    </context>
</TS>
