<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AugmentationPanel</name>
        <message>
            <source>MNIST digit 7</source>
            <translation>[·MNÎST dîgît 7~~·]</translation>
        </message>
        <message>
            <source>MNIST digit 2</source>
            <translation>[·MNÎST dîgît 2~~·]</translation>
        </message>
        <message>
            <source>MNIST digit 0</source>
            <translation>[·MNÎST dîgît 0~~·]</translation>
        </message>
        <message>
            <source>Your image…</source>
            <translation>[·Yöür îmàgé…~·]</translation>
        </message>
        <message>
            <source>Horizontal flip p</source>
            <translation>[·Hörîzöñtàl flîp p~~~·]</translation>
        </message>
        <message>
            <source>Rotation (degrees)</source>
            <translation>[·Rötàtîöñ (dégréés)~~~~·]</translation>
        </message>
        <message>
            <source>Brightness</source>
            <translation>[·Brîghtñéss·]</translation>
        </message>
        <message>
            <source>Contrast</source>
            <translation>[·Cöñtràst·]</translation>
        </message>
        <message>
            <source>Crop: keep at least this area</source>
            <translation>[·Cröp: kéép àt léàst thîs àréà~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Crop: aspect ratio up to</source>
            <translation>[·Cröp: àspéçt ràtîö üp tö~~~~~~·]</translation>
        </message>
        <message>
            <source>Gaussian noise σ</source>
            <translation>[·Gàüssîàñ ñöîsé σ~~~·]</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>[·Îmàgé·]</translation>
        </message>
        <message>
            <source>Open an image… (or drop one here)</source>
            <translation>[·Öpéñ àñ îmàgé… (ör dröp öñé héré)~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Transforms (as training uses them)</source>
            <translation>[·Tràñsförms (às tràîñîñg üsés thém)~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Re-roll (R)</source>
            <translation>[·Ré-röll (R)~·]</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>[·Sééd·]</translation>
        </message>
        <message>
            <source>Show the code…</source>
            <translation>[·Shöw thé çödé…~~·]</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>[·Cöpy·]</translation>
        </message>
        <message>
            <source>The pipeline as torchvision code</source>
            <translation>[·Thé pîpélîñé às törçhvîsîöñ çödé~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Open an image</source>
            <translation>[·Öpéñ àñ îmàgé~~·]</translation>
        </message>
        <message>
            <source>Images ({patterns})</source>
            <translation>[·Îmàgés ({patterns})·]</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>[·Öpéñîñg {file}…·]</translation>
        </message>
    </context>
    <context>
        <name>BatchNormPanel</name>
        <message>
            <source>Press the button above, then Space</source>
            <translation>[·Préss thé büttöñ àbövé, théñ Spàçé~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: mean and variance of x over the batch; γ, β: learned scale and shift; ε: a small number against division by zero.</source>
            <translation>[·&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: méàñ àñd vàrîàñçé öf x övér thé bàtçh; γ, β: léàrñéd sçàlé àñd shîft; ε: à smàll ñümbér àgàîñst dîvîsîöñ by zérö.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Left: the same 8-layer sigmoid net without and with batch norm, same initial weights, same minibatches. Without it, and with these initial weights, each layer passes on a fraction of the spread it gets (the sigmoid's slope is at most 1/4), so the deep layers' histograms collapse to a spike and the net cannot learn. With it, every layer is rescaled to unit spread. Change &lt;i&gt;Initial weights&lt;/i&gt; in the Model box to see the signal vanish (small s) or survive (large s) — batch norm keeps it either way.</source>
            <translation>[·Léft: thé sàmé 8-làyér sîgmöîd ñét wîthöüt àñd wîth bàtçh ñörm, sàmé îñîtîàl wéîghts, sàmé mîñîbàtçhés. Wîthöüt ît, àñd wîth thésé îñîtîàl wéîghts, éàçh làyér pàssés öñ à fràçtîöñ öf thé spréàd ît géts (thé sîgmöîd's slöpé îs àt möst 1/4), sö thé déép làyérs' hîstögràms çöllàpsé tö à spîké àñd thé ñét çàññöt léàrñ. Wîth ît, évéry làyér îs résçàléd tö üñît spréàd. Chàñgé &lt;i&gt;Îñîtîàl wéîghts&lt;/i&gt; îñ thé Mödél böx tö séé thé sîgñàl vàñîsh (smàll s) ör sürvîvé (làrgé s) — bàtçh ñörm kééps ît éîthér wày.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Press the button (then Space) to train the two nets.</source>
            <translation>[·Préss thé büttöñ (théñ Spàçé) tö tràîñ thé twö ñéts.~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>std</source>
            <translation>[·std·]</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>[·méàñ·]</translation>
        </message>
        <message>
            <source>input − its unit's mean</source>
            <translation>[·îñpüt − îts üñît's méàñ~~~~~~·]</translation>
        </message>
        <message>
            <source>layer {number}</source>
            <translation>[·làyér {number}·]</translation>
        </message>
        <message>
            <source>Train with and without batch norm</source>
            <translation>[·Tràîñ wîth àñd wîthöüt bàtçh ñörm~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Loads the deep preset and trains both nets side by side</source>
            <translation>[·Löàds thé déép prését àñd tràîñs böth ñéts sîdé by sîdé~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Inputs, {net}</source>
            <translation>[·Îñpüts, {net}·]</translation>
        </message>
        <message>
            <source>Spread per layer</source>
            <translation>[·Spréàd pér làyér~~~·]</translation>
        </message>
        <message>
            <source>Mean per layer</source>
            <translation>[·Méàñ pér làyér~~·]</translation>
        </message>
        <message>
            <source>Training loss</source>
            <translation>[·Tràîñîñg löss~~·]</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>[·çröss-éñtröpy~~·]</translation>
        </message>
        <message>
            <source>Spread by depth</source>
            <translation>[·Spréàd by dépth~~·]</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>[·làyér·]</translation>
        </message>
        <message>
            <source>Solid: with batch norm; dashed: without; colour: layer (dark = first). Space trains, S steps.</source>
            <translation>[·Sölîd: wîth bàtçh ñörm; dàshéd: wîthöüt; çölöür: làyér (dàrk = fîrst). Spàçé tràîñs, S stéps.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>layer {number} (no BN)</source>
            <translation>[·làyér {number} (ñö BN)~~·]</translation>
        </message>
    </context>
    <context>
        <name>BoundaryPanel</name>
        <message>
            <source>P(blue class): 0 orange … 1 blue</source>
            <translation>[·P(blüé çlàss): 0 öràñgé … 1 blüé~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>[·öràñgé·]</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>[·blüé·]</translation>
        </message>
        <message>
            <source>green</source>
            <translation>[·grééñ·]</translation>
        </message>
        <message>
            <source>purple</source>
            <translation>[·pürplé·]</translation>
        </message>
        <message>
            <source>sky blue</source>
            <translation>[·sky blüé·]</translation>
        </message>
        <message>
            <source>vermillion</source>
            <translation>[·vérmîllîöñ·]</translation>
        </message>
        <message>
            <source>circle</source>
            <translation>[·çîrçlé·]</translation>
        </message>
        <message>
            <source>square</source>
            <translation>[·sqüàré·]</translation>
        </message>
        <message>
            <source>triangle</source>
            <translation>[·trîàñglé·]</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>[·dîàmöñd·]</translation>
        </message>
        <message>
            <source>star</source>
            <translation>[·stàr·]</translation>
        </message>
        <message>
            <source>hexagon</source>
            <translation>[·héxàgöñ·]</translation>
        </message>
        <message>
            <source>an orange point</source>
            <translation>[·àñ öràñgé pöîñt~~·]</translation>
        </message>
        <message>
            <source>a blue point</source>
            <translation>[·à blüé pöîñt~·]</translation>
        </message>
        <message>
            <source>a point of class {name} ({colour} {shape})</source>
            <translation>[·à pöîñt öf çlàss {name} ({colour} {shape})~~~~~~·]</translation>
        </message>
        <message>
            <source>click adds: {classes}</source>
            <translation>[·çlîçk àdds: {classes}~~·]</translation>
        </message>
        <message>
            <source>Decision boundary</source>
            <translation>[·Déçîsîöñ böüñdàry~~~·]</translation>
        </message>
        <message>
            <source>Deleted {point}: {n} training points now.</source>
            <translation>[·Délétéd {point}: {n} tràîñîñg pöîñts ñöw.~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Nothing deleted: Shift+click on a point deletes it.</source>
            <translation>[·Nöthîñg délétéd: Shîft+çlîçk öñ à pöîñt délétés ît.~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Added {point} at ({x}, {y}): {n} training points now.</source>
            <translation>[·Àddéd {point} àt ({x}, {y}): {n} tràîñîñg pöîñts ñöw.~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Nothing added: that click landed on a training point. Click on an empty spot to add one (drag a point to move it).</source>
            <translation>[·Nöthîñg àddéd: thàt çlîçk làñdéd öñ à tràîñîñg pöîñt. Clîçk öñ àñ émpty spöt tö àdd öñé (dràg à pöîñt tö mövé ît).~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Moved {point} to ({x}, {y}).</source>
            <translation>[·Mövéd {point} tö ({x}, {y}).~~~~·]</translation>
        </message>
        <message>
            <source>Nothing deleted: move the cursor onto a point (arrow keys), then press Delete.</source>
            <translation>[·Nöthîñg délétéd: mövé thé çürsör öñtö à pöîñt (àrröw kéys), théñ préss Délété.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Arrow keys move a cursor, Enter adds a point there, Delete removes one.</source>
            <translation>[·Àrröw kéys mövé à çürsör, Éñtér àdds à pöîñt théré, Délété rémövés öñé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>no point under it</source>
            <translation>[·ñö pöîñt üñdér ît~~~·]</translation>
        </message>
        <message>
            <source>{point} under it</source>
            <translation>[·{point} üñdér ît·]</translation>
        </message>
        <message>
            <source>Cursor at ({x}, {y}), {what}.</source>
            <translation>[·Cürsör àt ({x}, {y}), {what}.~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>CurvePlot</name>
        <message>
            <source>BN</source>
            <translation>[·BN·]</translation>
        </message>
        <message>
            <source>no BN</source>
            <translation>[·ñö BN·]</translation>
        </message>
        <message>
            <source>the net</source>
            <translation>[·thé ñét·]</translation>
        </message>
        <message>
            <source>regularized</source>
            <translation>[·régülàrîzéd~·]</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>[·bàsélîñé·]</translation>
        </message>
        <message>
            <source>batch norm</source>
            <translation>[·bàtçh ñörm·]</translation>
        </message>
        <message>
            <source>no batch norm</source>
            <translation>[·ñö bàtçh ñörm~~·]</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>[·stàñdàrd·]</translation>
        </message>
        <message>
            <source>adversarial</source>
            <translation>[·àdvérsàrîàl~·]</translation>
        </message>
        <message>
            <source>step</source>
            <translation>[·stép·]</translation>
        </message>
        <message>
            <source>step {step}</source>
            <translation>[·stép {step}·]</translation>
        </message>
    </context>
    <context>
        <name>DropoutPanel</name>
        <message>
            <source>During training, dropout silences each hidden unit with probability p, a new random set at every step, so no unit can rely on a particular partner: the net learns redundant features and overfits less. At test time every unit is on. torch.nn.Dropout is &lt;i&gt;inverted&lt;/i&gt; dropout: the units it keeps are multiplied by 1/(1−p) while training, so their expected sum is what the full layer gives at test time and nothing needs rescaling then.</source>
            <translation>[·Dürîñg tràîñîñg, dröpöüt sîléñçés éàçh hîddéñ üñît wîth pröbàbîlîty p, à ñéw ràñdöm sét àt évéry stép, sö ñö üñît çàñ rély öñ à pàrtîçülàr pàrtñér: thé ñét léàrñs rédüñdàñt féàtürés àñd övérfîts léss. Àt tést tîmé évéry üñît îs öñ. törçh.ññ.Dröpöüt îs &lt;i&gt;îñvértéd&lt;/i&gt; dröpöüt: thé üñîts ît kééps àré mültîplîéd by 1/(1−p) whîlé tràîñîñg, sö théîr éxpéçtéd süm îs whàt thé füll làyér gîvés àt tést tîmé àñd ñöthîñg ñééds résçàlîñg théñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Switch Dropout on (left) and press Space: the crossed-out units change every step.</source>
            <translation>[·Swîtçh Dröpöüt öñ (léft) àñd préss Spàçé: thé çrösséd-öüt üñîts çhàñgé évéry stép.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>input</source>
            <translation>[·îñpüt·]</translation>
        </message>
        <message>
            <source>hidden {k}</source>
            <translation>[·hîddéñ {k}·]</translation>
        </message>
        <message>
            <source>output</source>
            <translation>[·öütpüt·]</translation>
        </message>
        <message>
            <source>in</source>
            <translation>[·îñ·]</translation>
        </message>
        <message>
            <source>out</source>
            <translation>[·öüt·]</translation>
        </message>
        <message>
            <source>h{k}</source>
            <translation>[·h{k}·]</translation>
        </message>
        <message>
            <source>Test time (eval mode): every unit on</source>
            <translation>[·Tést tîmé (évàl mödé): évéry üñît öñ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Gap with and without dropout</source>
            <translation>[·Gàp wîth àñd wîthöüt dröpöüt~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>The notes' example, p = 0.5</source>
            <translation>[·Thé ñötés' éxàmplé, p = 0.5~~~~~~~·]</translation>
        </message>
        <message>
            <source>, </source>
            <translation>[·, ·]</translation>
        </message>
        <message>
            <source>{dropped} of {units}</source>
            <translation>[·{dropped} öf {units}·]</translation>
        </message>
        <message>
            <source>Step {step}: this sample drops {dropped} units (first units of each hidden layer shown).</source>
            <translation>[·Stép {step}: thîs sàmplé dröps {dropped} üñîts (fîrst üñîts öf éàçh hîddéñ làyér shöwñ).~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Hidden outputs {hidden}, keeping units 1 and 3:&lt;br&gt;• the mask alone, as the notes write it: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• inverted dropout, what torch.nn.Dropout computes in training (kept × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;At test time torch passes {hidden} through unchanged.</source>
            <translation>[·Hîddéñ öütpüts {hidden}, kéépîñg üñîts 1 àñd 3:&lt;br&gt;• thé màsk àlöñé, às thé ñötés wrîté ît: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• îñvértéd dröpöüt, whàt törçh.ññ.Dröpöüt çömpütés îñ tràîñîñg (képt × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;Àt tést tîmé törçh pàssés {hidden} thröügh üñçhàñgéd.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>ErrorsPanel</name>
        <message>
            <source>{net}: true × guess</source>
            <translation>[·{net}: trüé × güéss~~·]</translation>
        </message>
        <message>
            <source>true × guess</source>
            <translation>[·trüé × güéss~·]</translation>
        </message>
        <message>
            <source>true</source>
            <translation>[·trüé·]</translation>
        </message>
        <message>
            <source>guess</source>
            <translation>[·güéss·]</translation>
        </message>
        <message>
            <source>accuracy per digit</source>
            <translation>[·àççüràçy pér dîgît~~~~·]</translation>
        </message>
        <message>
            <source>accuracy per class</source>
            <translation>[·àççüràçy pér çlàss~~~~·]</translation>
        </message>
        <message>
            <source>Rows: the true digit; columns: the net's guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit's accuracy, a bar per net; the pictures: the first test digits the net gets wrong, with its guess.</source>
            <translation>[·Röws: thé trüé dîgît; çölümñs: thé ñét's güéss, öñ thé tést dîgîts. Cölöüréd çélls àré mîstàkés (thé ströñgér thé öràñgé, thé làrgér thé shàré öf thàt dîgît réàd wröñg); thé ñümbérs àré çöüñts. Thé bàrs: éàçh dîgît's àççüràçy, à bàr pér ñét; thé pîçtürés: thé fîrst tést dîgîts thé ñét géts wröñg, wîth îts güéss.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Rows: the true digit; columns: the net's guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit's accuracy, a bar per net in the key's order.</source>
            <translation>[·Röws: thé trüé dîgît; çölümñs: thé ñét's güéss, öñ thé tést dîgîts. Cölöüréd çélls àré mîstàkés (thé ströñgér thé öràñgé, thé làrgér thé shàré öf thàt dîgît réàd wröñg); thé ñümbérs àré çöüñts. Thé bàrs: éàçh dîgît's àççüràçy, à bàr pér ñét îñ thé kéy's ördér.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Rows: the true class; columns: the net's guess, on the test points. Coloured cells are mistakes (the stronger the orange, the larger the share of that class read wrong); the numbers are counts. The bars: each class's accuracy, a bar per net (the decision boundary shows where the mistakes are).</source>
            <translation>[·Röws: thé trüé çlàss; çölümñs: thé ñét's güéss, öñ thé tést pöîñts. Cölöüréd çélls àré mîstàkés (thé ströñgér thé öràñgé, thé làrgér thé shàré öf thàt çlàss réàd wröñg); thé ñümbérs àré çöüñts. Thé bàrs: éàçh çlàss's àççüràçy, à bàr pér ñét (thé déçîsîöñ böüñdàry shöws whéré thé mîstàkés àré).~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>The Errors tab applies to classification (a confusion matrix of classes). A regression has no classes to confuse: its fitted curve on the Training tab shows how far each point is from it.</source>
            <translation>[·Thé Érrörs tàb àpplîés tö çlàssîfîçàtîöñ (à çöñfüsîöñ màtrîx öf çlàssés). À régréssîöñ hàs ñö çlàssés tö çöñfüsé: îts fîttéd çürvé öñ thé Tràîñîñg tàb shöws höw fàr éàçh pöîñt îs fröm ît.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Train (Space): each net's mistakes on the test digits appear here.</source>
            <translation>[·Tràîñ (Spàçé): éàçh ñét's mîstàkés öñ thé tést dîgîts àppéàr héré.~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Train (Space): each net's mistakes on the test points appear here.</source>
            <translation>[·Tràîñ (Spàçé): éàçh ñét's mîstàkés öñ thé tést pöîñts àppéàr héré.~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{wrong} of {total} test digits wrong ({share:.0%})</source>
            <translation>[·{wrong} öf {total} tést dîgîts wröñg ({share:.0%})~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{wrong} of {total} test points wrong ({share:.0%})</source>
            <translation>[·{wrong} öf {total} tést pöîñts wröñg ({share:.0%})~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{net}: {summary}</source>
            <translation>[·{net}: {summary}·]</translation>
        </message>
    </context>
    <context>
        <name>ExperimentPanel</name>
        <message>
            <source>Load a ready-made experiment</source>
            <translation>[·Löàd à réàdy-màdé éxpérîméñt~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>[·Éxpérîméñt·]</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>[·Prését·]</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>[·Dàtà·]</translation>
        </message>
        <message>
            <source>Share of the training labels flipped to another class (the test labels stay true): a big net learns the wrong labels by heart, a regularized one less</source>
            <translation>[·Shàré öf thé tràîñîñg làbéls flîppéd tö àñöthér çlàss (thé tést làbéls stày trüé): à bîg ñét léàrñs thé wröñg làbéls by héàrt, à régülàrîzéd öñé léss~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Reset data</source>
            <translation>[·Rését dàtà·]</translation>
        </message>
        <message>
            <source>Back to the generated training points (undo the points clicked in, dragged or deleted on the decision boundary)</source>
            <translation>[·Bàçk tö thé géñéràtéd tràîñîñg pöîñts (üñdö thé pöîñts çlîçkéd îñ, dràggéd ör délétéd öñ thé déçîsîöñ böüñdàry)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Spiral arms or Gaussian blobs: 2 … 6 classes</source>
            <translation>[·Spîràl àrms ör Gàüssîàñ blöbs: 2 … 6 çlàssés~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>Open data…</source>
            <translation>[·Öpéñ dàtà…·]</translation>
        </message>
        <message>
            <source>Your own points: a CSV with columns x1,x2,label (or drop the file on the window)</source>
            <translation>[·Yöür öwñ pöîñts: à CSV wîth çölümñs x1,x2,làbél (ör dröp thé fîlé öñ thé wîñdöw)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>An input feature of each point (x₁, x₂), computed inside the net</source>
            <translation>[·Àñ îñpüt féàtüré öf éàçh pöîñt (x₁, x₂), çömpütéd îñsîdé thé ñét~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Data set</source>
            <translation>[·Dàtà sét·]</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>[·Clàssés·]</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>[·Féàtürés·]</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>[·Nöîsé·]</translation>
        </message>
        <message>
            <source>Label noise</source>
            <translation>[·Làbél ñöîsé~·]</translation>
        </message>
        <message>
            <source>Train share</source>
            <translation>[·Tràîñ shàré~·]</translation>
        </message>
        <message>
            <source>Train examples</source>
            <translation>[·Tràîñ éxàmplés~~·]</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>[·Bàtçh sîzé·]</translation>
        </message>
        <message>
            <source>Model and optimizer</source>
            <translation>[·Mödél àñd öptîmîzér~~~~·]</translation>
        </message>
        <message>
            <source>1-D data: an MLP, or a polynomial (Legendre features of x, then one linear output)</source>
            <translation>[·1-D dàtà: àñ MLP, ör à pölyñömîàl (Légéñdré féàtürés öf x, théñ öñé lîñéàr öütpüt)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Hidden layer widths, e.g. 64, 64 (empty: no hidden layer, one linear layer)</source>
            <translation>[·Hîddéñ làyér wîdths, é.g. 64, 64 (émpty: ñö hîddéñ làyér, öñé lîñéàr làyér)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Initial weights ~ N(0, (s/√fan_in)²). Small s: a deep sigmoid net's signal vanishes layer by layer without batch norm; s = 4 keeps it.</source>
            <translation>[·Îñîtîàl wéîghts ~ N(0, (s/√fàñ_îñ)²). Smàll s: à déép sîgmöîd ñét's sîgñàl vàñîshés làyér by làyér wîthöüt bàtçh ñörm; s = 4 kééps ît.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>torch default</source>
            <translation>[·törçh défàült~~·]</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>[·Mödél·]</translation>
        </message>
        <message>
            <source>Degree</source>
            <translation>[·Dégréé·]</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>[·Hîddéñ làyérs~~·]</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>[·Àçtîvàtîöñ·]</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>[·Îñîtîàl wéîghts~~·]</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>[·Öptîmîzér·]</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>[·Léàrñîñg ràté~~·]</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>[·Sééd·]</translation>
        </message>
        <message>
            <source>Early stopping</source>
            <translation>[·Éàrly stöppîñg~~·]</translation>
        </message>
        <message>
            <source>Share of the training examples held back as a validation set: early stopping watches its loss (dotted), never the test set's</source>
            <translation>[·Shàré öf thé tràîñîñg éxàmplés héld bàçk às à vàlîdàtîöñ sét: éàrly stöppîñg wàtçhés îts löss (döttéd), ñévér thé tést sét's~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>off</source>
            <translation>[·öff·]</translation>
        </message>
        <message>
            <source>Stop after this many checks (one every 'evaluate every' steps) without a lower validation loss; needs a validation share</source>
            <translation>[·Stöp àftér thîs màñy çhéçks (öñé évéry 'évàlüàté évéry' stéps) wîthöüt à löwér vàlîdàtîöñ löss; ñééds à vàlîdàtîöñ shàré~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Restore best weights</source>
            <translation>[·Réstöré bést wéîghts~~~~·]</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>[·Vàlîdàtîöñ·]</translation>
        </message>
        <message>
            <source>Patience</source>
            <translation>[·Pàtîéñçé·]</translation>
        </message>
    </context>
    <context>
        <name>FgsmPanel</name>
        <message>
            <source>FGSM moves every pixel by ε in the direction that raises the loss: x' = clamp(x + ε·sign(∇ₓ loss), 0, 1). At ε = 0.2 the digit is still plainly itself to us, yet a standard net misreads almost every one. Adversarial training mixes such images into every batch, and the twin trained that way keeps most of its accuracy.</source>
            <translation>[·FGSM mövés évéry pîxél by ε îñ thé dîréçtîöñ thàt ràîsés thé löss: x' = çlàmp(x + ε·sîgñ(∇ₓ löss), 0, 1). Àt ε = 0.2 thé dîgît îs stîll plàîñly îtsélf tö üs, yét à stàñdàrd ñét mîsréàds àlmöst évéry öñé. Àdvérsàrîàl tràîñîñg mîxés süçh îmàgés îñtö évéry bàtçh, àñd thé twîñ tràîñéd thàt wày kééps möst öf îts àççüràçy.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Train the nets first&lt;br&gt;(the button above)</source>
            <translation>[·Tràîñ thé ñéts fîrst&lt;br&gt;(thé büttöñ àbövé)~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Train standard and adversarial nets</source>
            <translation>[·Tràîñ stàñdàrd àñd àdvérsàrîàl ñéts~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>[·Stöp·]</translation>
        </message>
        <message>
            <source>%p % trained</source>
            <translation>[·%p % tràîñéd~·]</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>[·Ràñdöm·]</translation>
        </message>
        <message>
            <source>Net:</source>
            <translation>[·Nét:·]</translation>
        </message>
        <message>
            <source>sign(∇ₓ loss):&lt;br&gt;blue −ε, orange +ε</source>
            <translation>[·sîgñ(∇ₓ löss):&lt;br&gt;blüé −ε, öràñgé +ε~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Test accuracy under attack</source>
            <translation>[·Tést àççüràçy üñdér àttàçk~~~~~~~·]</translation>
        </message>
        <message>
            <source>share correct</source>
            <translation>[·shàré çörréçt~~·]</translation>
        </message>
        <message>
            <source>Accuracy under attack, once both nets are trained</source>
            <translation>[·Àççüràçy üñdér àttàçk, öñçé böth ñéts àré tràîñéd~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>standard, FGSM</source>
            <translation>[·stàñdàrd, FGSM~~·]</translation>
        </message>
        <message>
            <source>adv. trained, FGSM</source>
            <translation>[·àdv. tràîñéd, FGSM~~~~·]</translation>
        </message>
        <message>
            <source>standard, PGD</source>
            <translation>[·stàñdàrd, PGD~~·]</translation>
        </message>
        <message>
            <source>adv. trained, PGD</source>
            <translation>[·àdv. tràîñéd, PGD~~~·]</translation>
        </message>
        <message>
            <source>Press the button to train both nets (about half a minute); Stop pauses them.</source>
            <translation>[·Préss thé büttöñ tö tràîñ böth ñéts (àböüt hàlf à mîñüté); Stöp pàüsés thém.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Training both nets on the same minibatches…</source>
            <translation>[·Tràîñîñg böth ñéts öñ thé sàmé mîñîbàtçhés…~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>FGSM applies to classification: it pushes an image across a class boundary, and a regression has none. The button trains the MNIST pair instead.</source>
            <translation>[·FGSM àpplîés tö çlàssîfîçàtîöñ: ît püshés àñ îmàgé àçröss à çlàss böüñdàry, àñd à régréssîöñ hàs ñöñé. Thé büttöñ tràîñs thé MNÎST pàîr îñstéàd.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Trained. Move ε, pick digits, switch nets.</source>
            <translation>[·Tràîñéd. Mövé ε, pîçk dîgîts, swîtçh ñéts.~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Paused. The pictures and curves show the nets as they are now.</source>
            <translation>[·Pàüséd. Thé pîçtürés àñd çürvés shöw thé ñéts às théy àré ñöw.~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>a {digit}&lt;br&gt;net says {guess} ({confidence:.0%})</source>
            <translation>[·à {digit}&lt;br&gt;ñét sàys {guess} ({confidence:.0%})~~~·]</translation>
        </message>
        <message>
            <source>net says {guess} ({confidence:.0%})</source>
            <translation>[·ñét sàys {guess} ({confidence:.0%})~~·]</translation>
        </message>
        <message>
            <source>Test digit #{index} through the {net} net.</source>
            <translation>[·Tést dîgît #{index} thröügh thé {net} ñét.~~~~~~ ~~·]</translation>
        </message>
    </context>
    <context>
        <name>FilterGrid</name>
        <message>
            <source>unit {unit} of {units}: weights from {low} to {high}, {zero} exactly zero</source>
            <translation>[·üñît {unit} öf {units}: wéîghts fröm {low} tö {high}, {zero} éxàçtly zérö~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
    </context>
    <context>
        <name>FitPanel</name>
        <message>
            <source>Fitted curve</source>
            <translation>[·Fîttéd çürvé~·]</translation>
        </message>
        <message>
            <source>ŷ {net}</source>
            <translation>[·ŷ {net}·]</translation>
        </message>
        <message>
            <source>ŷ(x), the fit</source>
            <translation>[·ŷ(x), thé fît~~·]</translation>
        </message>
        <message>
            <source>train</source>
            <translation>[·tràîñ·]</translation>
        </message>
        <message>
            <source>test</source>
            <translation>[·tést·]</translation>
        </message>
        <message>
            <source>Nothing deleted: Shift+click on a point deletes it.</source>
            <translation>[·Nöthîñg délétéd: Shîft+çlîçk öñ à pöîñt délétés ît.~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Deleted the point at ({x}, {y}): {n} training points now.</source>
            <translation>[·Délétéd thé pöîñt àt ({x}, {y}): {n} tràîñîñg pöîñts ñöw.~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Added a point at x = {x}, y = {y}: {n} training points now.</source>
            <translation>[·Àddéd à pöîñt àt x = {x}, y = {y}: {n} tràîñîñg pöîñts ñöw.~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>HistogramPlot</name>
        <message>
            <source>Weight histogram</source>
            <translation>[·Wéîght hîstögràm~~~·]</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>[·wéîght vàlüé~·]</translation>
        </message>
        <message>
            <source>share of weights (%)</source>
            <translation>[·shàré öf wéîghts (%)~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>Open a link</source>
            <translation>[·Öpéñ à lîñk~·]</translation>
        </message>
        <message>
            <source>This lesson links to

{address}

Open it in your web browser?</source>
            <translation>[·Thîs léssöñ lîñks tö

{address}

Öpéñ ît îñ yöür wéb bröwsér?~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>[·◀ Bàçk·]</translation>
        </message>
        <message>
            <source>Classroom mode</source>
            <translation>[·Clàssrööm mödé~~·]</translation>
        </message>
        <message>
            <source>Show only the controls, the tab and the plots this step needs</source>
            <translation>[·Shöw öñly thé çöñtröls, thé tàb àñd thé plöts thîs stép ñééds~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>End lesson</source>
            <translation>[·Éñd léssöñ·]</translation>
        </message>
        <message>
            <source>Last step</source>
            <translation>[·Làst stép·]</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>[·Néxt ▶·]</translation>
        </message>
        <message>
            <source>Step {number} of {count} — {title}</source>
            <translation>[·Stép {number} öf {count} — {title}~~·]</translation>
        </message>
    </context>
    <context>
        <name>NetworkGraph</name>
        <message>
            <source>input</source>
            <translation>[·îñpüt·]</translation>
        </message>
        <message>
            <source>output</source>
            <translation>[·öütpüt·]</translation>
        </message>
        <message>
            <source>hidden {layer}</source>
            <translation>[·hîddéñ {layer}·]</translation>
        </message>
        <message>
            <source>{layer}
{units} units</source>
            <translation>[·{layer}
{units} üñîts·]</translation>
        </message>
        <message>
            <source>+{hidden} more</source>
            <translation>[·+{hidden} möré·]</translation>
        </message>
        <message>
            <source>ŷ, the fitted y</source>
            <translation>[·ŷ, thé fîttéd y~~·]</translation>
        </message>
        <message>
            <source>{layer}, {unit}</source>
            <translation>[·{layer}, {unit}·]</translation>
        </message>
        <message>
            <source>P(class {number})</source>
            <translation>[·P(çlàss {number})·]</translation>
        </message>
        <message>
            <source>unit {number}</source>
            <translation>[·üñît {number}·]</translation>
        </message>
        <message>
            <source>{layer}, {unit}: from {low} to {high} over the plane — dropped on this training step</source>
            <translation>[·{layer}, {unit}: fröm {low} tö {high} övér thé plàñé — dröppéd öñ thîs tràîñîñg stép~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{layer}, {unit}: from {low} to {high} over the plane</source>
            <translation>[·{layer}, {unit}: fröm {low} tö {high} övér thé plàñé~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>class {number}</source>
            <translation>[·çlàss {number}·]</translation>
        </message>
    </context>
    <context>
        <name>NetworkPanel</name>
        <message>
            <source>A regression's net: its input column is x (or the polynomial's Legendre features P1 … Pd of x), its output ŷ, the fitted y. Links: &lt;span style='color:{blue}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style='color:{orange}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w|; exact zeros (L1's) are not drawn. Hover for values.</source>
            <translation>[·À régréssîöñ's ñét: îts îñpüt çölümñ îs x (ör thé pölyñömîàl's Légéñdré féàtürés P1 … Pd öf x), îts öütpüt ŷ, thé fîttéd y. Lîñks: &lt;span style='color:{blue}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; pösîtîvé, &lt;span style='color:{orange}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; ñégàtîvé, wîdth ∝ |w|; éxàçt zérös (L1's) àré ñöt dràwñ. Hövér för vàlüés.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Each square is a unit: what it outputs over the input plane (blue high, orange low). Links: &lt;span style='color:{blue}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style='color:{orange}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w| (on the scale of the first weights); exact zeros are not drawn. A wide layer shows its {units} units with the largest outgoing weights. Hover for values.</source>
            <translation>[·Éàçh sqüàré îs à üñît: whàt ît öütpüts övér thé îñpüt plàñé (blüé hîgh, öràñgé löw). Lîñks: &lt;span style='color:{blue}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; pösîtîvé, &lt;span style='color:{orange}'&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; ñégàtîvé, wîdth ∝ |w| (öñ thé sçàlé öf thé fîrst wéîghts); éxàçt zérös àré ñöt dràwñ. À wîdé làyér shöws îts {units} üñîts wîth thé làrgést öütgöîñg wéîghts. Hövér för vàlüés.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Each picture is one first-layer unit's weights, laid out as the image they multiply: blue positive, white zero, orange negative, each on its own scale. Shown: the {units} units with the largest outgoing weights. Hover for values.</source>
            <translation>[·Éàçh pîçtüré îs öñé fîrst-làyér üñît's wéîghts, làîd öüt às thé îmàgé théy mültîply: blüé pösîtîvé, whîté zérö, öràñgé ñégàtîvé, éàçh öñ îts öwñ sçàlé. Shöwñ: thé {units} üñîts wîth thé làrgést öütgöîñg wéîghts. Hövér för vàlüés.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{zero} of {total} weights exactly zero ({share})</source>
            <translation>[·{zero} öf {total} wéîghts éxàçtly zérö ({share})~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{net}: {counts}</source>
            <translation>[·{net}: {counts}·]</translation>
        </message>
    </context>
    <context>
        <name>NormSparsityPlot</name>
        <message>
            <source>% exactly 0</source>
            <translation>[·% éxàçtly 0~·]</translation>
        </message>
        <message>
            <source>% zero</source>
            <translation>[·% zérö·]</translation>
        </message>
        <message>
            <source>Weights, zeros</source>
            <translation>[·Wéîghts, zérös~~·]</translation>
        </message>
    </context>
    <context>
        <name>RegularizerPanel</name>
        <message>
            <source>L2  λ Σ w²</source>
            <translation>[·L2  λ Σ w²·]</translation>
        </message>
        <message>
            <source>Pulls every weight towards 0 in proportion to its size (gradient 2λw): weights shrink.</source>
            <translation>[·Pülls évéry wéîght töwàrds 0 îñ pröpörtîöñ tö îts sîzé (gràdîéñt 2λw): wéîghts shrîñk.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>L1  λ Σ |w|</source>
            <translation>[·L1  λ Σ |w|~·]</translation>
        </message>
        <message>
            <source>The same pull for every weight, however small (λ·sign w): unhelpful weights become exactly 0.</source>
            <translation>[·Thé sàmé püll för évéry wéîght, höwévér smàll (λ·sîgñ w): üñhélpfül wéîghts béçömé éxàçtly 0.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Dropout  p</source>
            <translation>[·Dröpöüt  p·]</translation>
        </message>
        <message>
            <source>Each training step silences a random share p of hidden units (kept ones ×1/(1−p)); all are on at test time.</source>
            <translation>[·Éàçh tràîñîñg stép sîléñçés à ràñdöm shàré p öf hîddéñ üñîts (képt öñés ×1/(1−p)); àll àré öñ àt tést tîmé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Batch norm</source>
            <translation>[·Bàtçh ñörm·]</translation>
        </message>
        <message>
            <source>BN(x) = γ·(x − μ)/√(σ² + ε) + β over the batch, before each nonlinearity: keeps deep nets' signals at scale. Resets the net.</source>
            <translation>[·BN(x) = γ·(x − μ)/√(σ² + ε) + β övér thé bàtçh, béföré éàçh ñöñlîñéàrîty: kééps déép ñéts' sîgñàls àt sçàlé. Réséts thé ñét.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Augmentation</source>
            <translation>[·Àügméñtàtîöñ~·]</translation>
        </message>
        <message>
            <source>Trains on randomly flipped, rotated, cropped, recoloured copies (images only): more data for free.</source>
            <translation>[·Tràîñs öñ ràñdömly flîppéd, rötàtéd, çröppéd, réçölöüréd çöpîés (îmàgés öñly): möré dàtà för fréé.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Adversarial  ε</source>
            <translation>[·Àdvérsàrîàl  ε~~·]</translation>
        </message>
        <message>
            <source>Also trains on x + ε·sign(∇ₓ loss), the FGSM images that fool the net; the mix weight sets their share.</source>
            <translation>[·Àlsö tràîñs öñ x + ε·sîgñ(∇ₓ löss), thé FGSM îmàgés thàt fööl thé ñét; thé mîx wéîght séts théîr shàré.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Regularizers</source>
            <translation>[·Régülàrîzérs~·]</translation>
        </message>
        <message>
            <source>mix weight</source>
            <translation>[·mîx wéîght·]</translation>
        </message>
        <message>
            <source>{explanation} Drag, or click it and use ← →; type an exact value in the field.</source>
            <translation>[·{explanation} Dràg, ör çlîçk ît àñd üsé ← →; typé àñ éxàçt vàlüé îñ thé fîéld.~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Augmentation works on images: pick MNIST</source>
            <translation>[·Àügméñtàtîöñ wörks öñ îmàgés: pîçk MNÎST~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>Adversarial training applies to classification</source>
            <translation>[·Àdvérsàrîàl tràîñîñg àpplîés tö çlàssîfîçàtîöñ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
    </context>
    <context>
        <name>SweepPanel</name>
        <message>
            <source>Sweep</source>
            <translation>[·Swéép·]</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>[·Séttîñg·]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[·Fröm·]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[·Tö·]</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>[·Vàlüés·]</translation>
        </message>
        <message>
            <source>Steps per value</source>
            <translation>[·Stéps pér vàlüé~~·]</translation>
        </message>
        <message>
            <source>Run sweep</source>
            <translation>[·Rüñ swéép·]</translation>
        </message>
        <message>
            <source>%v of %m values</source>
            <translation>[·%v öf %m vàlüés~~·]</translation>
        </message>
        <message>
            <source>Each value trains the current experiment from the same start; the live net is reset when the sweep ends.</source>
            <translation>[·Éàçh vàlüé tràîñs thé çürréñt éxpérîméñt fröm thé sàmé stàrt; thé lîvé ñét îs rését whéñ thé swéép éñds.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>[·çröss-éñtröpy~~·]</translation>
        </message>
        <message>
            <source>train</source>
            <translation>[·tràîñ·]</translation>
        </message>
        <message>
            <source>test</source>
            <translation>[·tést·]</translation>
        </message>
        <message>
            <source>also {symbol} = 0 (dashed line)</source>
            <translation>[·àlsö {symbol} = 0 (dàshéd lîñé)~~~~~~·]</translation>
        </message>
        <message>
            <source>test loss at {symbol} = 0</source>
            <translation>[·tést löss àt {symbol} = 0~~~~·]</translation>
        </message>
        <message>
            <source>Final loss against {setting}</source>
            <translation>[·Fîñàl löss àgàîñst {setting}~~~~·]</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>[·Càñçéllîñg…~·]</translation>
        </message>
        <message>
            <source>Cancel sweep</source>
            <translation>[·Càñçél swéép~·]</translation>
        </message>
        <message>
            <source>Sweeping, {jobs} at once… {percent} % of the steps</source>
            <translation>[·Swéépîñg, {jobs} àt öñçé… {percent} % öf thé stéps~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Sweeping… {percent} % of the steps</source>
            <translation>[·Swéépîñg… {percent} % öf thé stéps~~~~~~~·]</translation>
        </message>
        <message>
            <source>No value finished.</source>
            <translation>[·Nö vàlüé fîñîshéd.~~~~·]</translation>
        </message>
        <message numerus="yes">
            <source>Values done: %n. Lowest test loss {loss:.3f} at {value:g}.</source>
            <translation>
                <numerusform>[·Vàlüés döñé: %n. Löwést tést löss {loss:.3f} àt {value:g}.~~~~~~ ~~~~~·]</numerusform>
                <numerusform>[·Vàlüés döñé: %n. Löwést tést löss {loss:.3f} àt {value:g}.~~~~~~ ~~~~~·]</numerusform>
            </translation>
        </message>
        <message>
            <source>The training engine is still loading — try again in a moment</source>
            <translation>[·Thé tràîñîñg éñgîñé îs stîll löàdîñg — try àgàîñ îñ à möméñt~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>Sweep finished — a fresh net is ready on the Training tab</source>
            <translation>[·Swéép fîñîshéd — à frésh ñét îs réàdy öñ thé Tràîñîñg tàb~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>train</source>
            <translation>[·tràîñ·]</translation>
        </message>
        <message>
            <source>test</source>
            <translation>[·tést·]</translation>
        </message>
        <message>
            <source>cross-entropy</source>
            <translation>[·çröss-éñtröpy~~·]</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>[·Àççüràçy·]</translation>
        </message>
        <message>
            <source>share correct</source>
            <translation>[·shàré çörréçt~~·]</translation>
        </message>
        <message>
            <source>best</source>
            <translation>[·bést·]</translation>
        </message>
        <message>
            <source>Space trains: the curves draw as the net learns</source>
            <translation>[·Spàçé tràîñs: thé çürvés dràw às thé ñét léàrñs~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>[·Löss·]</translation>
        </message>
        <message>
            <source>penalty</source>
            <translation>[·péñàlty·]</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>[·vàlîdàtîöñ·]</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>[·wéîghts·]</translation>
        </message>
        <message>
            <source>R² (accuracy's place)</source>
            <translation>[·R² (àççüràçy's plàçé)~~~~~·]</translation>
        </message>
        <message>
            <source>on</source>
            <translation>[·öñ·]</translation>
        </message>
        <message>
            <source>off</source>
            <translation>[·öff·]</translation>
        </message>
        <message>
            <source>{setting} → {value}</source>
            <translation>[·{setting} → {value}·]</translation>
        </message>
    </context>
    <context>
        <name>WorkedExamplesPanel</name>
        <message>
            <source>The notes' cell: one weight, y ≈ w·x</source>
            <translation>[·Thé ñötés' çéll: öñé wéîght, y ≈ w·x~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>weight w</source>
            <translation>[·wéîght w·]</translation>
        </message>
        <message>
            <source>λ (regularization strength)</source>
            <translation>[·λ (régülàrîzàtîöñ stréñgth)~~~~~~~·]</translation>
        </message>
        <message>
            <source>Computed by regviz's own penalty functions</source>
            <translation>[·Cömpütéd by régvîz's öwñ péñàlty füñçtîöñs~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>MSE as the notes compute it</source>
            <translation>[·MSÉ às thé ñötés çömpüté ît~~~~~~~·]</translation>
        </message>
        <message>
            <source>L2 penalty λ·w²</source>
            <translation>[·L2 péñàlty λ·w²~~·]</translation>
        </message>
        <message>
            <source>MSE + L2 (the notes: 19.4)</source>
            <translation>[·MSÉ + L2 (thé ñötés: 19.4)~~~~~~~·]</translation>
        </message>
        <message>
            <source>L1 penalty λ·|w|</source>
            <translation>[·L1 péñàlty λ·|w|~~~·]</translation>
        </message>
        <message>
            <source>MSE + L1 (the notes: 19.425)</source>
            <translation>[·MSÉ + L1 (thé ñötés: 19.425)~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>MSE pairing each x with its y</source>
            <translation>[·MSÉ pàîrîñg éàçh x wîth îts y~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>Why two MSEs? In the notes X is a column (shape 4×1) and y a row (shape 4), so numpy broadcasts y − X·w to a 4×4 table and averages all 16 differences: that gives 19.375. Pairing each x with its own y, as regression means, gives 16.875 at the notes' values. The penalties are the same either way.</source>
            <translation>[·Why twö MSÉs? Îñ thé ñötés X îs à çölümñ (shàpé 4×1) àñd y à röw (shàpé 4), sö ñümpy bröàdçàsts y − X·w tö à 4×4 tàblé àñd àvéràgés àll 16 dîfféréñçés: thàt gîvés 19.375. Pàîrîñg éàçh x wîth îts öwñ y, às régréssîöñ méàñs, gîvés 16.875 àt thé ñötés' vàlüés. Thé péñàltîés àré thé sàmé éîthér wày.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>Train it live: the notes' X and y, y = w·x + b, with this λ</source>
            <translation>[·Tràîñ ît lîvé: thé ñötés' X àñd y, y = w·x + b, wîth thîs λ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>A run on the notes' four points (preset notes-line) with L2 at the λ above: watch w go towards 2, or below it with the penalty</source>
            <translation>[·À rüñ öñ thé ñötés' föür pöîñts (prését ñötés-lîñé) wîth L2 àt thé λ àbövé: wàtçh w gö töwàrds 2, ör bélöw ît wîth thé péñàlty~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>The live run trains on the paired MSE (16.875 at w = 0.5, b = 0), as regression does; the notes' broadcast 19.375 stays above for comparison.</source>
            <translation>[·Thé lîvé rüñ tràîñs öñ thé pàîréd MSÉ (16.875 àt w = 0.5, b = 0), às régréssîöñ döés; thé ñötés' bröàdçàst 19.375 stàys àbövé för çömpàrîsöñ.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>Not started: λ must be a number from 0 to 10 ({reason}).</source>
            <translation>[·Nöt stàrtéd: λ müst bé à ñümbér fröm 0 tö 10 ({reason}).~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>Not a valid input ({reason}); the numbers shown are for the last valid one.</source>
            <translation>[·Nöt à vàlîd îñpüt ({reason}); thé ñümbérs shöwñ àré för thé làst vàlîd öñé.~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>What each penalty does to the gradient at w = {w:g}: L2 adds 2λw = {l2:.4g}, proportional to w, so big weights shrink fast and small ones barely move; L1 adds λ·sign(w) = {l1:.4g}, the same pull for every weight however small, which is why it drives weights to exactly zero. The data's own gradient here is {mse:.4g}.</source>
            <translation>[·Whàt éàçh péñàlty döés tö thé gràdîéñt àt w = {w:g}: L2 àdds 2λw = {l2:.4g}, pröpörtîöñàl tö w, sö bîg wéîghts shrîñk fàst àñd smàll öñés bàrély mövé; L1 àdds λ·sîgñ(w) = {l1:.4g}, thé sàmé püll för évéry wéîght höwévér smàll, whîçh îs why ît drîvés wéîghts tö éxàçtly zérö. Thé dàtà's öwñ gràdîéñt héré îs {mse:.4g}.~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <source>data set</source>
            <translation>[·dàtà sét·]</translation>
        </message>
        <message>
            <source>noise</source>
            <translation>[·ñöîsé·]</translation>
        </message>
        <message>
            <source>points</source>
            <translation>[·pöîñts·]</translation>
        </message>
        <message>
            <source>train share</source>
            <translation>[·tràîñ shàré~·]</translation>
        </message>
        <message>
            <source>train examples</source>
            <translation>[·tràîñ éxàmplés~~·]</translation>
        </message>
        <message>
            <source>test examples</source>
            <translation>[·tést éxàmplés~~·]</translation>
        </message>
        <message>
            <source>label noise</source>
            <translation>[·làbél ñöîsé~·]</translation>
        </message>
        <message>
            <source>validation share</source>
            <translation>[·vàlîdàtîöñ shàré~~~·]</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>[·dàtà földér~·]</translation>
        </message>
        <message>
            <source>classes</source>
            <translation>[·çlàssés·]</translation>
        </message>
        <message>
            <source>input features</source>
            <translation>[·îñpüt féàtürés~~·]</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>[·CSV fîlé·]</translation>
        </message>
        <message>
            <source>CSV rows</source>
            <translation>[·CSV röws·]</translation>
        </message>
        <message>
            <source>class names</source>
            <translation>[·çlàss ñàmés~·]</translation>
        </message>
        <message>
            <source>seed of the data</source>
            <translation>[·sééd öf thé dàtà~~~·]</translation>
        </message>
        <message>
            <source>model</source>
            <translation>[·mödél·]</translation>
        </message>
        <message>
            <source>hidden layers</source>
            <translation>[·hîddéñ làyérs~~·]</translation>
        </message>
        <message>
            <source>polynomial degree</source>
            <translation>[·pölyñömîàl dégréé~~~·]</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>[·àçtîvàtîöñ·]</translation>
        </message>
        <message>
            <source>dropout p</source>
            <translation>[·dröpöüt p·]</translation>
        </message>
        <message>
            <source>batch norm</source>
            <translation>[·bàtçh ñörm·]</translation>
        </message>
        <message>
            <source>initial weight scale</source>
            <translation>[·îñîtîàl wéîght sçàlé~~~~·]</translation>
        </message>
        <message>
            <source>augmentation</source>
            <translation>[·àügméñtàtîöñ~·]</translation>
        </message>
        <message>
            <source>flip probability</source>
            <translation>[·flîp pröbàbîlîty~~~·]</translation>
        </message>
        <message>
            <source>rotation</source>
            <translation>[·rötàtîöñ·]</translation>
        </message>
        <message>
            <source>brightness</source>
            <translation>[·brîghtñéss·]</translation>
        </message>
        <message>
            <source>contrast</source>
            <translation>[·çöñtràst·]</translation>
        </message>
        <message>
            <source>crop keeps</source>
            <translation>[·çröp kééps·]</translation>
        </message>
        <message>
            <source>crop aspect</source>
            <translation>[·çröp àspéçt~·]</translation>
        </message>
        <message>
            <source>pixel noise σ</source>
            <translation>[·pîxél ñöîsé σ~~·]</translation>
        </message>
        <message>
            <source>adversarial ε</source>
            <translation>[·àdvérsàrîàl ε~~·]</translation>
        </message>
        <message>
            <source>adversarial mix weight</source>
            <translation>[·àdvérsàrîàl mîx wéîght~~~~~·]</translation>
        </message>
        <message>
            <source>L1 λ</source>
            <translation>[·L1 λ·]</translation>
        </message>
        <message>
            <source>L2 λ</source>
            <translation>[·L2 λ·]</translation>
        </message>
        <message>
            <source>penalize biases too</source>
            <translation>[·péñàlîzé bîàsés töö~~~~·]</translation>
        </message>
        <message>
            <source>weight decay</source>
            <translation>[·wéîght déçày~·]</translation>
        </message>
        <message>
            <source>early-stopping patience</source>
            <translation>[·éàrly-stöppîñg pàtîéñçé~~~~~~·]</translation>
        </message>
        <message>
            <source>restore the best weights</source>
            <translation>[·réstöré thé bést wéîghts~~~~~~·]</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>[·öptîmîzér·]</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>[·léàrñîñg ràté~~·]</translation>
        </message>
        <message>
            <source>momentum</source>
            <translation>[·möméñtüm·]</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>[·bàtçh sîzé·]</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>[·stéps·]</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>[·sééd·]</translation>
        </message>
        <message>
            <source>evaluate every</source>
            <translation>[·évàlüàté évéry~~·]</translation>
        </message>
        <message>
            <source>device</source>
            <translation>[·dévîçé·]</translation>
        </message>
        <message>
            <source>data.path: {from_stranger} never names a file on this computer (it carries a CSV's points in data.rows)</source>
            <translation>[·dàtà.pàth: {from_stranger} ñévér ñàmés à fîlé öñ thîs çömpütér (ît çàrrîés à CSV's pöîñts îñ dàtà.röws)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{key}: unknown key (no section '{part}')</source>
            <translation>[·{key}: üñkñöwñ kéy (ñö séçtîöñ '{part}')~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{key}: unknown key; known keys: {names}</source>
            <translation>[·{key}: üñkñöwñ kéy; kñöwñ kéys: {names}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{key}: unknown key</source>
            <translation>[·{key}: üñkñöwñ kéy~~·]</translation>
        </message>
        <message>
            <source>{text!r}: expected section.key=value</source>
            <translation>[·{text!r}: éxpéçtéd séçtîöñ.kéy=vàlüé~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{where}: expected an object, got {type}</source>
            <translation>[·{where}: éxpéçtéd àñ öbjéçt, göt {type}~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{prefix}{unknown}: unknown key; allowed here: {names}</source>
            <translation>[·{prefix}{unknown}: üñkñöwñ kéy; àllöwéd héré: {names}~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: expected true or false</source>
            <translation>[·{key} = {value}: éxpéçtéd trüé ör fàlsé~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: expected a whole number</source>
            <translation>[·{key} = {value}: éxpéçtéd à whölé ñümbér~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: expected a list of whole numbers, e.g. [64, 64]</source>
            <translation>[·{key} = {value}: éxpéçtéd à lîst öf whölé ñümbérs, é.g. [64, 64]~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: expected text</source>
            <translation>[·{key} = {value}: éxpéçtéd téxt~~~~·]</translation>
        </message>
        <message>
            <source>{key}: cannot set a value of type {type}</source>
            <translation>[·{key}: çàññöt sét à vàlüé öf typé {type}~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: expected a list of names, e.g. ["x1", "x2"]</source>
            <translation>[·{key} = {value}: éxpéçtéd à lîst öf ñàmés, é.g. ["x1", "x2"]~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{key}: expected a list of rows, each a list of numbers</source>
            <translation>[·{key}: éxpéçtéd à lîst öf röws, éàçh à lîst öf ñümbérs~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]</source>
            <translation>[·{key}[{i}] = {row}: éxpéçtéd à röw öf ñümbérs, é.g. [0.5, -0.2, 1]~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>data.path: only for data.name = 'csv' (data.name is {data_name!r})</source>
            <translation>[·dàtà.pàth: öñly för dàtà.ñàmé = 'çsv' (dàtà.ñàmé îs {data_name!r})~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>{label} = {value}: expected a number</source>
            <translation>[·{label} = {value}: éxpéçtéd à ñümbér~~~~~~·]</translation>
        </message>
        <message>
            <source>{label} = {value}: too large, expected a finite number</source>
            <translation>[·{label} = {value}: töö làrgé, éxpéçtéd à fîñîté ñümbér~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{label} = {value}: expected a finite number</source>
            <translation>[·{label} = {value}: éxpéçtéd à fîñîté ñümbér~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>name: must not be empty (it labels the run and names its output folder)</source>
            <translation>[·ñàmé: müst ñöt bé émpty (ît làbéls thé rüñ àñd ñàmés îts öütpüt földér)~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>name = {name}: holds a control character (U+{code:04X}); a name is a one-line label</source>
            <translation>[·ñàmé = {name}: hölds à çöñtröl çhàràçtér (Ü+{code:04X}); à ñàmé îs à öñé-lîñé làbél~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>name = {name}: {length:,} characters, at most {max_name}</source>
            <translation>[·ñàmé = {name}: {length:,} çhàràçtérs, àt möst {max_name}~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{key} = {value}: out of range, allowed {low:g} … {high:g}</source>
            <translation>[·{key} = {value}: öüt öf ràñgé, àllöwéd {low:g} … {high:g}~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>{key} = {value!r}: allowed values are {names}</source>
            <translation>[·{key} = {value!r}: àllöwéd vàlüés àré {names}~~~~~~~·]</translation>
        </message>
        <message>
            <source>model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)</source>
            <translation>[·mödél.hîddéñ = {hidden}: 0 … 16 làyérs öf 1 … 4096 üñîts éàçh ([]: ñö hîddéñ làyér, thé îñpüts stràîght tö thé öütpüts)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>model.hidden = []: a CNN needs its channel count (e.g. [16])</source>
            <translation>[·mödél.hîddéñ = []: à CNN ñééds îts çhàññél çöüñt (é.g. [16])~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)</source>
            <translation>[·dàtà.tràîñ_sîzé + dàtà.tést_sîzé = {total}: thé büñdléd MNÎST hàs {size:,} dîgîts (à törçhvîsîöñ sét hàs möré: tv-mñîst)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch's spread; training.batch_size is {training_batch_size})</source>
            <translation>[·mödél.bàtçhñörm = trüé ñééds tràîñîñg.bàtçh_sîzé ≥ 2 (bàtçh ñörm dîvîdés by thé bàtçh's spréàd; tràîñîñg.bàtçh_sîzé îs {training_batch_size})~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set</source>
            <translation>[·tràîñîñg.éàrly_stöppîñg.pàtîéñçé ñééds dàtà.vàlîdàtîöñ_fràçtîöñ &gt; 0: thé stöppîñg stép îs çhöséñ öñ à vàlîdàtîöñ splît, ñévér öñ thé tést sét~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>model.kind = 'cnn': needs an image data set (data.name is {data_name!r})</source>
            <translation>[·mödél.kîñd = 'çññ': ñééds àñ îmàgé dàtà sét (dàtà.ñàmé îs {data_name!r})~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>data.root: {data_name} needs the folder that holds it (nothing is downloaded)</source>
            <translation>[·dàtà.rööt: {data_name} ñééds thé földér thàt hölds ît (ñöthîñg îs döwñlöàdéd)~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)</source>
            <translation>[·dàtà.féàtürés = {value}: öñé ör möré öf {names}, éàçh öñçé ({unknown!r} îs ñöt öñé)~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>data.features = {value}: one or more of {names}, each once</source>
            <translation>[·dàtà.féàtürés = {value}: öñé ör möré öf {names}, éàçh öñçé~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)</source>
            <translation>[·dàtà.féàtürés: îñpüt féàtürés àré för 2-D dàtà (dàtà.ñàmé {data_name!r} îs à 1-D régréssîöñ)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)</source>
            <translation>[·dàtà.féàtürés: îñpüt féàtürés àré för 2-D dàtà (dàtà.ñàmé {data_name!r} îs ñöt 2-D)~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
        <message>
            <source>data.name = 'csv': give the file with data.path (File ▸ Open data in the window)</source>
            <translation>[·dàtà.ñàmé = 'çsv': gîvé thé fîlé wîth dàtà.pàth (Fîlé ▸ Öpéñ dàtà îñ thé wîñdöw)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}</source>
            <translation>[·dàtà.röws: {rows:,} pöîñts; à CSV gîvés {min_rows} … {max_rows:,}~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>data.rows[{bad}]: every row x, y (two numbers), as the first row is</source>
            <translation>[·dàtà.röws[{bad}]: évéry röw x, y (twö ñümbérs), às thé fîrst röw îs~~~~~~ ~~~~~~ ~~~~~~ ~·]</translation>
        </message>
        <message>
            <source>data.class_names: x,y points are a regression, which has no classes</source>
            <translation>[·dàtà.çlàss_ñàmés: x,y pöîñts àré à régréssîöñ, whîçh hàs ñö çlàssés~~~~~~ ~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>data.rows: every point has the same x; a curve needs two x values or more</source>
            <translation>[·dàtà.röws: évéry pöîñt hàs thé sàmé x; à çürvé ñééds twö x vàlüés ör möré~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>data.rows: every row x1, x2, class (three numbers), or every row x, y (two)</source>
            <translation>[·dàtà.röws: évéry röw x1, x2, çlàss (thréé ñümbérs), ör évéry röw x, y (twö)~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>data.class_names = {value}: 2 … {max_classes} different names</source>
            <translation>[·dàtà.çlàss_ñàmés = {value}: 2 … {max_classes} dîfféréñt ñàmés~~~~~~ ~~~~~~~·]</translation>
        </message>
        <message>
            <source>data.classes = {d_classes}: the CSV's points have {k} classes</source>
            <translation>[·dàtà.çlàssés = {d_classes}: thé CSV's pöîñts hàvé {k} çlàssés~~~~~~ ~~~~~~ ~~·]</translation>
        </message>
        <message>
            <source>data.class_names: {name} is not a class name (1 … 40 characters, one line)</source>
            <translation>[·dàtà.çlàss_ñàmés: {name} îs ñöt à çlàss ñàmé (1 … 40 çhàràçtérs, öñé lîñé)~~~~~~ ~~~~~~ ~~~~~~ ~~~·]</translation>
        </message>
        <message>
            <source>data.rows[{i}]: class {label:g} is not one of 0 … {last}</source>
            <translation>[·dàtà.röws[{i}]: çlàss {label:g} îs ñöt öñé öf 0 … {last}~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>data.rows: every point has the same class; a classifier needs two or more</source>
            <translation>[·dàtà.röws: évéry pöîñt hàs thé sàmé çlàss; à çlàssîfîér ñééds twö ör möré~~~~~~ ~~~~~~ ~~~~~~ ~~~~~·]</translation>
        </message>
        <message>
            <source>model.kind = 'polynomial': needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}</source>
            <translation>[·mödél.kîñd = 'pölyñömîàl': ñééds à 1-D régréssîöñ dàtà sét ({names}, ör à CSV öf x,y); dàtà.ñàmé îs {data_name!r}~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression</source>
            <translation>[·dàtà.làbél_ñöîsé = {data_label_noise:g}: àpplîés tö çlàssîfîçàtîöñ; dàtà.ñàmé {name!r} îs à régréssîöñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression</source>
            <translation>[·régülàrîzàtîöñ.àdvérsàrîàl.épsîlöñ = {adversarial_epsilon:g}: àpplîés tö çlàssîfîçàtîöñ; dàtà.ñàmé {name!r} îs à régréssîöñ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~·]</translation>
        </message>
        <message>
            <source>{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = 'mlp')</source>
            <translation>[·{key}: thé pölyñömîàl mödél hàs ñö hîddéñ làyér tö ñörmàlîsé ör dröp (üsé mödél.kîñd = 'mlp')~~~~~~ ~~~~~~ ~~~~~~ ~~~~~~ ~~~~·]</translation>
        </message>
    </context>
</TS>
