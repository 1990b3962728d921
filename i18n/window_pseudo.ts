<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>access</name>
        <message>
            <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
            <translation>[·Àrröw kéys stép ît, Pàgé Üp àñd Pàgé Döwñ tàké bîggér stéps~~~~~~~~~~~~~~~~~~~~·]</translation>
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
        <name>engine</name>
        <message>
            <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
            <translation>[·Thé löss dîvérgéd àt stép {step} (ît béçàmé NàN ör îñfîñîté) — löwér thé léàrñîñg ràté, théñ préss R tö rését.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
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

Chàñgé thé séttîñgs àñd préss R tö stàrt àgàîñ.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>The training engine could not start: {error}</source>
            <translation>[·Thé tràîñîñg éñgîñé çöüld ñöt stàrt: {error}~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly. Press R to start it again.</source>
            <translation>[·Thé tràîñîñg pröçéss stöppéd üñéxpéçtédly. Préss R tö stàrt ît àgàîñ.~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>the training process stopped before it sent the nets' weights</source>
            <translation>[·thé tràîñîñg pröçéss stöppéd béföré ît séñt thé ñéts' wéîghts~~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>a new run replaced the nets before they sent their weights</source>
            <translation>[·à ñéw rüñ réplàçéd thé ñéts béföré théy séñt théîr wéîghts~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>the run ended (it failed or diverged) before it sent the nets' weights</source>
            <translation>[·thé rüñ éñdéd (ît fàîléd ör dîvérgéd) béföré ît séñt thé ñéts' wéîghts~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
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
            <translation>[·À ñéw ñét fröm thé sàmé sééd (R)~~~~~~~~~·]</translation>
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
            <translation>[·Tràîñ 2 tö 4 vàrîàñts öf thîs éxpérîméñt fröm öñé stàrt, öñ thé sàmé mîñîbàtçhés (à lîñé stylé éàçh)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
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
            <translation>[·Îñçlüdé wéîghts îñ sàvéd séssîöñs~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[·Qüît·]</translation>
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
            <translation>[·Réçörd àñîmàtéd GÎF öf thîs tàb~~~~~~~~~·]</translation>
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
            <translation>[·Plöts öñ thîs tàb (PNG, SVG, CSV)…~~~~~~~~~~·]</translation>
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
            <translation>[·Éxpérîméñt às à PyTörçh sçrîpt…~~~~~~~~~·]</translation>
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
            <translation>[·Tràîñ àñ üñrégülàrîzéd twîñ fröm thé sàmé îñîtîàl wéîghts öñ thé sàmé mîñîbàtçhés (dàshéd çürvés)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source> step {step} · epoch {epoch} </source>
            <translation>[· stép {step} · épöçh {epoch} ~~~·]</translation>
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
            <translation>[·Pàüséd — Spàçé tràîñs, S stéps öñçé~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
            <translation>[·&lt;h3&gt;régvîz {version}&lt;/h3&gt;&lt;p&gt;Séé régülàrîzàtîöñ îñ ñéüràl ñétwörks wörkîñg, lîvé.&lt;/p&gt;&lt;p&gt;Büñdléd dàtà: MNÎST sübsét (LéCüñ, Cörtés, Bürgés), CC BY-SÀ 3.0; phötös by Stéfàñ vàñ dér Wàlt àñd Ràçhél Mîçhéttî (CC0), NÀSÀ àñd SpàçéX (püblîç dömàîñ).&lt;/p&gt;~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
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
            <translation>[·régvîz — régülàrîzàtîöñ, lîvé~~~~~~~~·]</translation>
        </message>
        <message>
            <source>The notes' X and y, trained live: y = w·x + b on the paired MSE</source>
            <translation>[·Thé ñötés' X àñd y, tràîñéd lîvé: y = w·x + b öñ thé pàîréd MSÉ~~~~~~~~~~~~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>Loading the training engine (torch)…</source>
            <translation>[·Löàdîñg thé tràîñîñg éñgîñé (törçh)…~~~~~~~~~~~·]</translation>
        </message>
        <message>
            <source>New augmentation examples</source>
            <translation>[·Néw àügméñtàtîöñ éxàmplés~~~~~~·]</translation>
        </message>
    </context>
</TS>
