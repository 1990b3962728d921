<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AugmentationPanel</name>
    <message>
        <source>MNIST digit 7</source>
        <translation>MNIST-Ziffer 7</translation>
    </message>
    <message>
        <source>MNIST digit 2</source>
        <translation>MNIST-Ziffer 2</translation>
    </message>
    <message>
        <source>MNIST digit 0</source>
        <translation>MNIST-Ziffer 0</translation>
    </message>
    <message>
        <source>Your image…</source>
        <translation>Eigenes Bild…</translation>
    </message>
    <message>
        <source>Horizontal flip p</source>
        <translation>Spiegeln p</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Drehung (Grad)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Crop: keep at least this area</source>
        <translation>Zuschnitt: min. Fläche</translation>
    </message>
    <message>
        <source>Crop: aspect ratio up to</source>
        <translation>Zuschnitt: Verhältnis bis</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>Gauß-Rauschen σ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Open an image… (or drop one here)</source>
        <translation>Bild öffnen… (oder hier ablegen)</translation>
    </message>
    <message>
        <source>Transforms (as training uses them)</source>
        <translation>Transformationen (wie im Training)</translation>
    </message>
    <message>
        <source>Re-roll (R)</source>
        <translation>Neu würfeln (R)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Show the code…</source>
        <translation>Code zeigen…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The pipeline as torchvision code</source>
        <translation>Die Pipeline als torchvision-Code</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Bilder ({patterns})</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Öffne {file}…</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <source>Press the button above, then Space</source>
        <translation>Knopf oben drücken, dann Leertaste</translation>
    </message>
    <message>
        <source>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: mean and variance of x over the batch; γ, β: learned scale and shift; ε: a small number against division by zero.</source>
        <translation>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: Mittelwert und Varianz von x über den Batch; γ, β: gelernte Skalierung und Verschiebung; ε: eine kleine Zahl gegen Division durch null.</translation>
    </message>
    <message>
        <source>Left: the same 8-layer sigmoid net without and with batch norm, same initial weights, same minibatches. Without it, and with these initial weights, each layer passes on a fraction of the spread it gets (the sigmoid&apos;s slope is at most 1/4), so the deep layers&apos; histograms collapse to a spike and the net cannot learn. With it, every layer is rescaled to unit spread. Change &lt;i&gt;Initial weights&lt;/i&gt; in the Model box to see the signal vanish (small s) or survive (large s) — batch norm keeps it either way.</source>
        <translation>Links: dasselbe 8-schichtige Sigmoid-Netz ohne und mit Batch-Norm, gleiche Startgewichte, gleiche Minibatches. Ohne sie gibt bei diesen Startgewichten jede Schicht nur einen Bruchteil ihrer Streuung weiter (die Steigung der Sigmoide ist höchstens 1/4): Die Histogramme der tiefen Schichten schrumpfen zu einer Spitze, und das Netz lernt nicht. Mit ihr wird jede Schicht auf Streuung 1 skaliert. Ändere &lt;i&gt;Startgewichte&lt;/i&gt; im Modell-Kasten, und das Signal verschwindet (kleines s) oder bleibt (großes s) — Batch-Norm hält es in jedem Fall.</translation>
    </message>
    <message>
        <source>Press the button (then Space) to train the two nets.</source>
        <translation>Knopf drücken (dann Leertaste), um beide Netze zu trainieren.</translation>
    </message>
    <message>
        <source>std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>input − its unit&apos;s mean</source>
        <translation>Eingang − Mittel der Einheit</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>Schicht {number}</translation>
    </message>
    <message>
        <source>Train with and without batch norm</source>
        <translation>Mit und ohne Batch-Norm trainieren</translation>
    </message>
    <message>
        <source>Loads the deep preset and trains both nets side by side</source>
        <translation>Lädt das tiefe Preset und trainiert beide Netze nebeneinander</translation>
    </message>
    <message>
        <source>Inputs, {net}</source>
        <translation>Eingänge, {net}</translation>
    </message>
    <message>
        <source>Spread per layer</source>
        <translation>Streuung je Schicht</translation>
    </message>
    <message>
        <source>Mean per layer</source>
        <translation>Mittel je Schicht</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Spread by depth</source>
        <translation>Streuung nach Tiefe</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Solid: with batch norm; dashed: without; colour: layer (dark = first). Space trains, S steps.</source>
        <translation>Durchgezogen: mit Batch-Norm; gestrichelt: ohne; Farbe: Schicht (dunkel = erste). Leertaste trainiert, S macht einen Schritt.</translation>
    </message>
    <message>
        <source>layer {number} (no BN)</source>
        <translation>Schicht {number} (ohne BN)</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <source>P(blue class): 0 orange … 1 blue</source>
        <translation>P(blaue Klasse): 0 orange … 1 blau</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blau</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violett</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>himmelblau</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>zinnoberrot</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>Sechseck</translation>
    </message>
    <message>
        <source>an orange point</source>
        <translation>einen orangen Punkt</translation>
    </message>
    <message>
        <source>a blue point</source>
        <translation>einen blauen Punkt</translation>
    </message>
    <message>
        <source>a point of class {name} ({colour} {shape})</source>
        <translation>einen Punkt der Klasse {name} ({colour}, {shape})</translation>
    </message>
    <message>
        <source>click adds: {classes}</source>
        <translation>Klick fügt hinzu: {classes}</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <source>Deleted {point}: {n} training points now.</source>
        <translation>{point} gelöscht: jetzt {n} Trainingspunkte.</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Nichts gelöscht: Umschalt+Klick auf einen Punkt löscht ihn.</translation>
    </message>
    <message>
        <source>Added {point} at ({x}, {y}): {n} training points now.</source>
        <translation>{point} bei ({x}, {y}) hinzugefügt: jetzt {n} Trainingspunkte.</translation>
    </message>
    <message>
        <source>Nothing added: that click landed on a training point. Click on an empty spot to add one (drag a point to move it).</source>
        <translation>Nichts hinzugefügt: Der Klick traf einen Trainingspunkt. Auf eine freie Stelle klicken, um einen hinzuzufügen (ziehen verschiebt einen Punkt).</translation>
    </message>
    <message>
        <source>Moved {point} to ({x}, {y}).</source>
        <translation>{point} nach ({x}, {y}) verschoben.</translation>
    </message>
    <message>
        <source>Nothing deleted: move the cursor onto a point (arrow keys), then press Delete.</source>
        <translation>Nichts gelöscht: Cursor mit den Pfeiltasten auf einen Punkt setzen, dann Entf drücken.</translation>
    </message>
    <message>
        <source>Arrow keys move a cursor, Enter adds a point there, Delete removes one.</source>
        <translation>Pfeiltasten bewegen einen Cursor, Eingabe fügt dort einen Punkt hinzu, Entf entfernt einen.</translation>
    </message>
    <message>
        <source>no point under it</source>
        <translation>kein Punkt darunter</translation>
    </message>
    <message>
        <source>{point} under it</source>
        <translation>{point} darunter</translation>
    </message>
    <message>
        <source>Cursor at ({x}, {y}), {what}.</source>
        <translation>Cursor bei ({x}, {y}), {what}.</translation>
    </message>
</context>
<context>
    <name>CurvePlot</name>
    <message>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <source>no BN</source>
        <translation>ohne BN</translation>
    </message>
    <message>
        <source>the net</source>
        <translation>das Netz</translation>
    </message>
    <message>
        <source>regularized</source>
        <translation>regularisiert</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>ohne BN</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>adversarial</source>
        <translation>adversarial</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
</context>
<context>
    <name>DropoutPanel</name>
    <message>
        <source>During training, dropout silences each hidden unit with probability p, a new random set at every step, so no unit can rely on a particular partner: the net learns redundant features and overfits less. At test time every unit is on. torch.nn.Dropout is &lt;i&gt;inverted&lt;/i&gt; dropout: the units it keeps are multiplied by 1/(1−p) while training, so their expected sum is what the full layer gives at test time and nothing needs rescaling then.</source>
        <translation>Im Training schaltet Dropout jede verborgene Einheit mit Wahrscheinlichkeit p stumm, bei jedem Schritt eine neue Zufallsauswahl. Keine Einheit kann sich auf einen bestimmten Partner verlassen: Das Netz lernt redundante Merkmale und neigt weniger zur Überanpassung. Beim Test sind alle Einheiten an. torch.nn.Dropout ist &lt;i&gt;invertiertes&lt;/i&gt; Dropout: Die behaltenen Einheiten werden im Training mit 1/(1−p) multipliziert, so ist ihre erwartete Summe die der vollen Schicht beim Test, und dann muss nichts umskaliert werden.</translation>
    </message>
    <message>
        <source>Switch Dropout on (left) and press Space: the crossed-out units change every step.</source>
        <translation>Dropout (links) einschalten und Leertaste drücken: Die durchgestrichenen Einheiten wechseln bei jedem Schritt.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>hidden {k}</source>
        <translation>verborgen {k}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>h{k}</source>
        <translation>v{k}</translation>
    </message>
    <message>
        <source>Test time (eval mode): every unit on</source>
        <translation>Testzeit (eval-Modus): alle Einheiten an</translation>
    </message>
    <message>
        <source>Gap with and without dropout</source>
        <translation>Lücke mit und ohne Dropout</translation>
    </message>
    <message>
        <source>The notes&apos; example, p = 0.5</source>
        <translation>Beispiel aus den Notizen, p = 0.5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{dropped} of {units}</source>
        <translation>{dropped} von {units}</translation>
    </message>
    <message>
        <source>Step {step}: this sample drops {dropped} units (first units of each hidden layer shown).</source>
        <translation>Schritt {step}: Diese Stichprobe schaltet {dropped} Einheiten ab (gezeigt: die ersten jeder verborgenen Schicht).</translation>
    </message>
    <message>
        <source>Hidden outputs {hidden}, keeping units 1 and 3:&lt;br&gt;• the mask alone, as the notes write it: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• inverted dropout, what torch.nn.Dropout computes in training (kept × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;At test time torch passes {hidden} through unchanged.</source>
        <translation>Verborgene Ausgaben {hidden}, Einheiten 1 und 3 behalten:&lt;br&gt;• nur die Maske, wie in den Notizen: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• invertiertes Dropout, was torch.nn.Dropout im Training rechnet (behaltene × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;Beim Test gibt torch {hidden} unverändert weiter.</translation>
    </message>
</context>
<context>
    <name>ErrorsPanel</name>
    <message>
        <source>{net}: true × guess</source>
        <translation>{net}: wahr × Antwort</translation>
    </message>
    <message>
        <source>true × guess</source>
        <translation>wahr × Antwort</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>accuracy per digit</source>
        <translation>Genauigkeit je Ziffer</translation>
    </message>
    <message>
        <source>accuracy per class</source>
        <translation>Genauigkeit je Klasse</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net; the pictures: the first test digits the net gets wrong, with its guess.</source>
        <translation>Zeilen: die wahre Ziffer; Spalten: die Antwort des Netzes, auf den Testziffern. Farbige Zellen sind Fehler (je kräftiger das Orange, desto größer der Anteil dieser Ziffer, der falsch gelesen wurde); die Zahlen sind Anzahlen. Die Balken: die Genauigkeit je Ziffer, ein Balken je Netz; die Bilder: die ersten Testziffern, die das Netz falsch liest, mit seiner Antwort.</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net in the key&apos;s order.</source>
        <translation>Zeilen: die wahre Ziffer; Spalten: die Antwort des Netzes, auf den Testziffern. Farbige Zellen sind Fehler (je kräftiger das Orange, desto größer der Anteil dieser Ziffer, der falsch gelesen wurde); die Zahlen sind Anzahlen. Die Balken: die Genauigkeit je Ziffer, ein Balken je Netz in der Reihenfolge der Legende.</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the net&apos;s guess, on the test points. Coloured cells are mistakes (the stronger the orange, the larger the share of that class read wrong); the numbers are counts. The bars: each class&apos;s accuracy, a bar per net (the decision boundary shows where the mistakes are).</source>
        <translation>Zeilen: die wahre Klasse; Spalten: die Antwort des Netzes, auf den Testpunkten. Farbige Zellen sind Fehler (je kräftiger das Orange, desto größer der Anteil dieser Klasse, der falsch gelesen wurde); die Zahlen sind Anzahlen. Die Balken: die Genauigkeit je Klasse, ein Balken je Netz (die Entscheidungsgrenze zeigt, wo die Fehler liegen).</translation>
    </message>
    <message>
        <source>The Errors tab applies to classification (a confusion matrix of classes). A regression has no classes to confuse: its fitted curve on the Training tab shows how far each point is from it.</source>
        <translation>Der Reiter Fehler gilt für Klassifikation (eine Konfusionsmatrix der Klassen). Eine Regression hat keine Klassen zum Verwechseln: Ihre angepasste Kurve im Reiter Training zeigt, wie weit jeder Punkt von ihr entfernt ist.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test digits appear here.</source>
        <translation>Trainieren (Leertaste): Hier erscheinen die Fehler jedes Netzes auf den Testziffern.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test points appear here.</source>
        <translation>Trainieren (Leertaste): Hier erscheinen die Fehler jedes Netzes auf den Testpunkten.</translation>
    </message>
    <message>
        <source>{wrong} of {total} test digits wrong ({share:.0%})</source>
        <translation>{wrong} von {total} Testziffern falsch ({share:.0%})</translation>
    </message>
    <message>
        <source>{wrong} of {total} test points wrong ({share:.0%})</source>
        <translation>{wrong} von {total} Testpunkten falsch ({share:.0%})</translation>
    </message>
    <message>
        <source>{net}: {summary}</source>
        <translation>{net}: {summary}</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <source>Load a ready-made experiment</source>
        <translation>Ein fertiges Experiment laden</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Share of the training labels flipped to another class (the test labels stay true): a big net learns the wrong labels by heart, a regularized one less</source>
        <translation>Anteil der Trainingslabels, die zu einer anderen Klasse wechseln (Testlabels bleiben richtig): Ein großes Netz lernt die falschen Labels auswendig, ein regularisiertes weniger</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the generated training points (undo the points clicked in, dragged or deleted on the decision boundary)</source>
        <translation>Zurück zu den erzeugten Trainingspunkten (nimmt auf der Entscheidungsgrenze geklickte, gezogene oder gelöschte Punkte zurück)</translation>
    </message>
    <message>
        <source>Spiral arms or Gaussian blobs: 2 … 6 classes</source>
        <translation>Spiralarme oder Gauß-Wolken: 2 … 6 Klassen</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Daten öffnen…</translation>
    </message>
    <message>
        <source>Your own points: a CSV with columns x1,x2,label (or drop the file on the window)</source>
        <translation>Eigene Punkte: eine CSV mit den Spalten x1,x2,label (oder die Datei aufs Fenster ziehen)</translation>
    </message>
    <message>
        <source>An input feature of each point (x₁, x₂), computed inside the net</source>
        <translation>Ein Eingangsmerkmal jedes Punkts (x₁, x₂), im Netz berechnet</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation>Label-Rauschen</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>Train examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Model and optimizer</source>
        <translation>Modell und Optimierer</translation>
    </message>
    <message>
        <source>1-D data: an MLP, or a polynomial (Legendre features of x, then one linear output)</source>
        <translation>1-D-Daten: ein MLP oder ein Polynom (Legendre-Merkmale von x, dann eine lineare Ausgabe)</translation>
    </message>
    <message>
        <source>Hidden layer widths, e.g. 64, 64 (empty: no hidden layer, one linear layer)</source>
        <translation>Breiten der verborgenen Schichten, z. B. 64, 64 (leer: keine verborgene Schicht, eine lineare Schicht)</translation>
    </message>
    <message>
        <source>Initial weights ~ N(0, (s/√fan_in)²). Small s: a deep sigmoid net&apos;s signal vanishes layer by layer without batch norm; s = 4 keeps it.</source>
        <translation>Startgewichte ~ N(0, (s/√fan_in)²). Kleines s: Ohne Batch-Norm verschwindet das Signal eines tiefen Sigmoid-Netzes Schicht für Schicht; s = 4 erhält es.</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>torch-Standard</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Startgewichte</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>Share of the training examples held back as a validation set: early stopping watches its loss (dotted), never the test set&apos;s</source>
        <translation>Anteil der Trainingsbeispiele, der als Validierungsmenge zurückgehalten wird: Frühes Stoppen beobachtet deren Verlust (gepunktet), nie den der Testmenge</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Stop after this many checks (one every &apos;evaluate every&apos; steps) without a lower validation loss; needs a validation share</source>
        <translation>Nach so vielen Prüfungen (eine alle „evaluate every“ Schritte) ohne niedrigeren Validierungsverlust stoppen; braucht einen Validierungsanteil</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Beste Gewichte wiederherstellen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
</context>
<context>
    <name>FgsmPanel</name>
    <message>
        <source>FGSM moves every pixel by ε in the direction that raises the loss: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). At ε = 0.2 the digit is still plainly itself to us, yet a standard net misreads almost every one. Adversarial training mixes such images into every batch, and the twin trained that way keeps most of its accuracy.</source>
        <translation>FGSM verschiebt jedes Pixel um ε in die Richtung, die den Verlust erhöht: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). Bei ε = 0.2 ist die Ziffer für uns noch klar dieselbe, doch ein Standardnetz liest fast jede falsch. Adversarial Training mischt solche Bilder in jeden Batch, und der so trainierte Zwilling behält den Großteil seiner Genauigkeit.</translation>
    </message>
    <message>
        <source>Train the nets first&lt;br&gt;(the button above)</source>
        <translation>Zuerst die Netze trainieren&lt;br&gt;(Knopf oben)</translation>
    </message>
    <message>
        <source>Train standard and adversarial nets</source>
        <translation>Standard- und adversariales Netz trainieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>%p % trained</source>
        <translation>%p % trainiert</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netz:</translation>
    </message>
    <message>
        <source>sign(∇ₓ loss):&lt;br&gt;blue −ε, orange +ε</source>
        <translation>sign(∇ₓ loss):&lt;br&gt;blau −ε, orange +ε</translation>
    </message>
    <message>
        <source>Test accuracy under attack</source>
        <translation>Testgenauigkeit unter Angriff</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>Anteil richtig</translation>
    </message>
    <message>
        <source>Accuracy under attack, once both nets are trained</source>
        <translation>Genauigkeit unter Angriff, sobald beide Netze trainiert sind</translation>
    </message>
    <message>
        <source>standard, FGSM</source>
        <translation>Standard, FGSM</translation>
    </message>
    <message>
        <source>adv. trained, FGSM</source>
        <translation>adv. trainiert, FGSM</translation>
    </message>
    <message>
        <source>standard, PGD</source>
        <translation>Standard, PGD</translation>
    </message>
    <message>
        <source>adv. trained, PGD</source>
        <translation>adv. trainiert, PGD</translation>
    </message>
    <message>
        <source>Press the button to train both nets (about half a minute); Stop pauses them.</source>
        <translation>Knopf drücken, um beide Netze zu trainieren (etwa eine halbe Minute); Stopp hält sie an.</translation>
    </message>
    <message>
        <source>Training both nets on the same minibatches…</source>
        <translation>Beide Netze trainieren auf denselben Minibatches…</translation>
    </message>
    <message>
        <source>FGSM applies to classification: it pushes an image across a class boundary, and a regression has none. The button trains the MNIST pair instead.</source>
        <translation>FGSM gilt für Klassifikation: Es schiebt ein Bild über eine Klassengrenze, und eine Regression hat keine. Der Knopf trainiert stattdessen das MNIST-Paar.</translation>
    </message>
    <message>
        <source>Trained. Move ε, pick digits, switch nets.</source>
        <translation>Trainiert. ε verschieben, Ziffern wählen, Netz wechseln.</translation>
    </message>
    <message>
        <source>Paused. The pictures and curves show the nets as they are now.</source>
        <translation>Angehalten. Bilder und Kurven zeigen die Netze, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>a {digit}&lt;br&gt;net says {guess} ({confidence:.0%})</source>
        <translation>eine {digit}&lt;br&gt;Netz sagt {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>net says {guess} ({confidence:.0%})</source>
        <translation>Netz sagt {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>Test digit #{index} through the {net} net.</source>
        <translation>Testziffer Nr. {index} durch das Netz {net}.</translation>
    </message>
</context>
<context>
    <name>FilterGrid</name>
    <message>
        <source>unit {unit} of {units}: weights from {low} to {high}, {zero} exactly zero</source>
        <translation>Einheit {unit} von {units}: Gewichte von {low} bis {high}, {zero} genau null</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>Fitted curve</source>
        <translation>Angepasste Kurve</translation>
    </message>
    <message>
        <source>ŷ {net}</source>
        <translation>ŷ {net}</translation>
    </message>
    <message>
        <source>ŷ(x), the fit</source>
        <translation>ŷ(x), die Anpassung</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Nichts gelöscht: Umschalt+Klick auf einen Punkt löscht ihn.</translation>
    </message>
    <message>
        <source>Deleted the point at ({x}, {y}): {n} training points now.</source>
        <translation>Punkt bei ({x}, {y}) gelöscht: jetzt {n} Trainingspunkte.</translation>
    </message>
    <message>
        <source>Added a point at x = {x}, y = {y}: {n} training points now.</source>
        <translation>Punkt bei x = {x}, y = {y} hinzugefügt: jetzt {n} Trainingspunkte.</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Weight histogram</source>
        <translation>Gewichtshistogramm</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>share of weights (%)</source>
        <translation>Anteil der Gewichte (%)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Open a link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This lesson links to

{address}

Open it in your web browser?</source>
        <translation>Diese Lektion verweist auf

{address}

Im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>Unterrichtsmodus</translation>
    </message>
    <message>
        <source>Show only the controls, the tab and the plots this step needs</source>
        <translation>Nur die Regler, den Tab und die Diagramme zeigen, die dieser Schritt braucht</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Lektion beenden</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Step {number} of {count} — {title}</source>
        <translation>Schritt {number} von {count} — {title}</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>verborgen {layer}</translation>
    </message>
    <message>
        <source>{layer}
{units} units</source>
        <translation>{layer}
{units} Einheiten</translation>
    </message>
    <message>
        <source>+{hidden} more</source>
        <translation>+{hidden} weitere</translation>
    </message>
    <message>
        <source>ŷ, the fitted y</source>
        <translation>ŷ, das angepasste y</translation>
    </message>
    <message>
        <source>{layer}, {unit}</source>
        <translation>{layer}, {unit}</translation>
    </message>
    <message>
        <source>P(class {number})</source>
        <translation>P(Klasse {number})</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <translation>Einheit {number}</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane — dropped on this training step</source>
        <translation>{layer}, {unit}: von {low} bis {high} über der Ebene — in diesem Trainingsschritt abgeschaltet</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane</source>
        <translation>{layer}, {unit}: von {low} bis {high} über der Ebene</translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>Klasse {number}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>A regression&apos;s net: its input column is x (or the polynomial&apos;s Legendre features P1 … Pd of x), its output ŷ, the fitted y. Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w|; exact zeros (L1&apos;s) are not drawn. Hover for values.</source>
        <translation>Das Netz einer Regression: Seine Eingangsspalte ist x (oder die Legendre-Merkmale P1 … Pd von x des Polynoms), seine Ausgabe ŷ, das angepasste y. Verbindungen: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positiv, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negativ, Breite ∝ |w|; exakte Nullen (von L1) werden nicht gezeichnet. Für Werte mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <source>Each square is a unit: what it outputs over the input plane (blue high, orange low). Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w| (on the scale of the first weights); exact zeros are not drawn. A wide layer shows its {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Jedes Quadrat ist eine Einheit: ihre Ausgabe über der Eingangsebene (blau hoch, orange niedrig). Verbindungen: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positiv, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negativ, Breite ∝ |w| (im Maßstab der ersten Gewichte); exakte Nullen werden nicht gezeichnet. Eine breite Schicht zeigt ihre {units} Einheiten mit den größten ausgehenden Gewichten. Für Werte mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <source>Each picture is one first-layer unit&apos;s weights, laid out as the image they multiply: blue positive, white zero, orange negative, each on its own scale. Shown: the {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Jedes Bild zeigt die Gewichte einer Einheit der ersten Schicht, angeordnet wie das Bild, das sie multiplizieren: blau positiv, weiß null, orange negativ, jedes in eigenem Maßstab. Gezeigt: die {units} Einheiten mit den größten ausgehenden Gewichten. Für Werte mit der Maus darüberfahren.</translation>
    </message>
    <message>
        <source>{zero} of {total} weights exactly zero ({share})</source>
        <translation>{zero} von {total} Gewichten genau null ({share})</translation>
    </message>
    <message>
        <source>{net}: {counts}</source>
        <translation>{net}: {counts}</translation>
    </message>
</context>
<context>
    <name>NormSparsityPlot</name>
    <message>
        <source>% exactly 0</source>
        <translation>% genau 0</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% null</translation>
    </message>
    <message>
        <source>Weights, zeros</source>
        <translation>Gewichte, Nullen</translation>
    </message>
</context>
<context>
    <name>RegularizerPanel</name>
    <message>
        <source>L2  λ Σ w²</source>
        <translation>L2  λ Σ w²</translation>
    </message>
    <message>
        <source>Pulls every weight towards 0 in proportion to its size (gradient 2λw): weights shrink.</source>
        <translation>Zieht jedes Gewicht proportional zu seiner Größe Richtung 0 (Gradient 2λw): Gewichte schrumpfen.</translation>
    </message>
    <message>
        <source>L1  λ Σ |w|</source>
        <translation>L1  λ Σ |w|</translation>
    </message>
    <message>
        <source>The same pull for every weight, however small (λ·sign w): unhelpful weights become exactly 0.</source>
        <translation>Derselbe Zug für jedes Gewicht, wie klein es auch ist (λ·sign w): Nutzlose Gewichte werden genau 0.</translation>
    </message>
    <message>
        <source>Dropout  p</source>
        <translation>Dropout  p</translation>
    </message>
    <message>
        <source>Each training step silences a random share p of hidden units (kept ones ×1/(1−p)); all are on at test time.</source>
        <translation>Jeder Trainingsschritt schaltet einen zufälligen Anteil p der verborgenen Einheiten stumm (behaltene ×1/(1−p)); beim Test sind alle an.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>BN(x) = γ·(x − μ)/√(σ² + ε) + β over the batch, before each nonlinearity: keeps deep nets&apos; signals at scale. Resets the net.</source>
        <translation>BN(x) = γ·(x − μ)/√(σ² + ε) + β über den Batch, vor jeder Nichtlinearität: hält die Signale tiefer Netze im Maßstab. Setzt das Netz zurück.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Trains on randomly flipped, rotated, cropped, recoloured copies (images only): more data for free.</source>
        <translation>Trainiert auf zufällig gespiegelten, gedrehten, zugeschnittenen, umgefärbten Kopien (nur Bilder): mehr Daten gratis.</translation>
    </message>
    <message>
        <source>Adversarial  ε</source>
        <translation>Adversarial  ε</translation>
    </message>
    <message>
        <source>Also trains on x + ε·sign(∇ₓ loss), the FGSM images that fool the net; the mix weight sets their share.</source>
        <translation>Trainiert auch auf x + ε·sign(∇ₓ loss), den FGSM-Bildern, die das Netz täuschen; das Mischgewicht bestimmt ihren Anteil.</translation>
    </message>
    <message>
        <source>Regularizers</source>
        <translation>Regularisierer</translation>
    </message>
    <message>
        <source>mix weight</source>
        <translation>Mischgewicht</translation>
    </message>
    <message>
        <source>{explanation} Drag, or click it and use ← →; type an exact value in the field.</source>
        <translation>{explanation} Ziehen oder anklicken und ← → benutzen; einen genauen Wert ins Feld tippen.</translation>
    </message>
    <message>
        <source>Augmentation works on images: pick MNIST</source>
        <translation>Augmentierung wirkt auf Bilder: MNIST wählen</translation>
    </message>
    <message>
        <source>Adversarial training applies to classification</source>
        <translation>Adversarial Training gilt für Klassifikation</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Steps per value</source>
        <translation>Schritte je Wert</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <source>%v of %m values</source>
        <translation>%v von %m Werten</translation>
    </message>
    <message>
        <source>Each value trains the current experiment from the same start; the live net is reset when the sweep ends.</source>
        <translation>Jeder Wert trainiert das aktuelle Experiment vom selben Start; das laufende Netz wird am Ende des Sweeps zurückgesetzt.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>also {symbol} = 0 (dashed line)</source>
        <translation>auch {symbol} = 0 (gestrichelte Linie)</translation>
    </message>
    <message>
        <source>test loss at {symbol} = 0</source>
        <translation>Testverlust bei {symbol} = 0</translation>
    </message>
    <message>
        <source>Final loss against {setting}</source>
        <translation>Endverlust über {setting}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Sweep abbrechen</translation>
    </message>
    <message>
        <source>Sweeping, {jobs} at once… {percent} % of the steps</source>
        <translation>Sweep läuft, {jobs} gleichzeitig… {percent} % der Schritte</translation>
    </message>
    <message>
        <source>Sweeping… {percent} % of the steps</source>
        <translation>Sweep läuft… {percent} % der Schritte</translation>
    </message>
    <message>
        <source>No value finished.</source>
        <translation>Kein Wert fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Values done: %n. Lowest test loss {loss:.3f} at {value:g}.</source>
        <translation>
            <numerusform>%n Wert fertig. Niedrigster Testverlust {loss:.3f} bei {value:g}.</numerusform>
            <numerusform>%n Werte fertig. Niedrigster Testverlust {loss:.3f} bei {value:g}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training engine is still loading — try again in a moment</source>
        <translation>Die Trainings-Engine lädt noch — gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source>Sweep finished — a fresh net is ready on the Training tab</source>
        <translation>Sweep fertig — ein frisches Netz wartet im Reiter Training</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>Anteil richtig</translation>
    </message>
    <message>
        <source>best</source>
        <translation>bester</translation>
    </message>
    <message>
        <source>Space trains: the curves draw as the net learns</source>
        <translation>Leertaste trainiert: die Kurven entstehen, während das Netz lernt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>Strafterm</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>R² (accuracy&apos;s place)</source>
        <translation>R² (statt Genauigkeit)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{setting} → {value}</source>
        <translation>{setting} → {value}</translation>
    </message>
</context>
<context>
    <name>WorkedExamplesPanel</name>
    <message>
        <source>The notes&apos; cell: one weight, y ≈ w·x</source>
        <translation>Die Zelle aus den Notizen: ein Gewicht, y ≈ w·x</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>Gewicht w</translation>
    </message>
    <message>
        <source>λ (regularization strength)</source>
        <translation>λ (Regularisierungsstärke)</translation>
    </message>
    <message>
        <source>Computed by regviz&apos;s own penalty functions</source>
        <translation>Berechnet mit regviz&apos; eigenen Straffunktionen</translation>
    </message>
    <message>
        <source>MSE as the notes compute it</source>
        <translation>MSE wie in den Notizen berechnet</translation>
    </message>
    <message>
        <source>L2 penalty λ·w²</source>
        <translation>L2-Strafterm λ·w²</translation>
    </message>
    <message>
        <source>MSE + L2 (the notes: 19.4)</source>
        <translation>MSE + L2 (Notizen: 19.4)</translation>
    </message>
    <message>
        <source>L1 penalty λ·|w|</source>
        <translation>L1-Strafterm λ·|w|</translation>
    </message>
    <message>
        <source>MSE + L1 (the notes: 19.425)</source>
        <translation>MSE + L1 (Notizen: 19.425)</translation>
    </message>
    <message>
        <source>MSE pairing each x with its y</source>
        <translation>MSE mit jedem x zu seinem y</translation>
    </message>
    <message>
        <source>Why two MSEs? In the notes X is a column (shape 4×1) and y a row (shape 4), so numpy broadcasts y − X·w to a 4×4 table and averages all 16 differences: that gives 19.375. Pairing each x with its own y, as regression means, gives 16.875 at the notes&apos; values. The penalties are the same either way.</source>
        <translation>Warum zwei MSEs? In den Notizen ist X eine Spalte (Form 4×1) und y eine Zeile (Form 4), also erweitert numpy y − X·w zu einer 4×4-Tabelle und mittelt alle 16 Differenzen: Das ergibt 19.375. Jedes x mit seinem eigenen y zu paaren, wie Regression es meint, ergibt bei den Werten der Notizen 16.875. Die Strafterme sind in beiden Fällen gleich.</translation>
    </message>
    <message>
        <source>Train it live: the notes&apos; X and y, y = w·x + b, with this λ</source>
        <translation>Live trainieren: X und y der Notizen, y = w·x + b, mit diesem λ</translation>
    </message>
    <message>
        <source>A run on the notes&apos; four points (preset notes-line) with L2 at the λ above: watch w go towards 2, or below it with the penalty</source>
        <translation>Ein Lauf auf den vier Punkten der Notizen (Preset notes-line) mit L2 beim λ oben: w geht gegen 2, mit dem Strafterm darunter</translation>
    </message>
    <message>
        <source>The live run trains on the paired MSE (16.875 at w = 0.5, b = 0), as regression does; the notes&apos; broadcast 19.375 stays above for comparison.</source>
        <translation>Der Live-Lauf trainiert auf der gepaarten MSE (16.875 bei w = 0.5, b = 0), wie Regression es tut; die erweiterte 19.375 der Notizen bleibt oben zum Vergleich.</translation>
    </message>
    <message>
        <source>Not started: λ must be a number from 0 to 10 ({reason}).</source>
        <translation>Nicht gestartet: λ muss eine Zahl von 0 bis 10 sein ({reason}).</translation>
    </message>
    <message>
        <source>Not a valid input ({reason}); the numbers shown are for the last valid one.</source>
        <translation>Keine gültige Eingabe ({reason}); die gezeigten Zahlen gehören zur letzten gültigen.</translation>
    </message>
    <message>
        <source>What each penalty does to the gradient at w = {w:g}: L2 adds 2λw = {l2:.4g}, proportional to w, so big weights shrink fast and small ones barely move; L1 adds λ·sign(w) = {l1:.4g}, the same pull for every weight however small, which is why it drives weights to exactly zero. The data&apos;s own gradient here is {mse:.4g}.</source>
        <translation>Was jeder Strafterm bei w = {w:g} mit dem Gradienten macht: L2 addiert 2λw = {l2:.4g}, proportional zu w, also schrumpfen große Gewichte schnell und kleine kaum; L1 addiert λ·sign(w) = {l1:.4g}, denselben Zug für jedes noch so kleine Gewicht, darum treibt es Gewichte auf genau null. Der Gradient der Daten selbst ist hier {mse:.4g}.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>train share</source>
        <translation>Trainingsanteil</translation>
    </message>
    <message>
        <source>train examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>Testbeispiele</translation>
    </message>
    <message>
        <source>label noise</source>
        <translation>Label-Rauschen</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>Eingangsmerkmale</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>CSV-Zeilen</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>Klassennamen</translation>
    </message>
    <message>
        <source>seed of the data</source>
        <translation>Seed der Daten</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>polynomial degree</source>
        <translation>Polynomgrad</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>Dropout p</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>initial weight scale</source>
        <translation>Startgewicht-Skala</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>flip probability</source>
        <translation>Spiegel-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>crop keeps</source>
        <translation>Zuschnitt behält</translation>
    </message>
    <message>
        <source>crop aspect</source>
        <translation>Zuschnitt-Seitenverhältnis</translation>
    </message>
    <message>
        <source>pixel noise σ</source>
        <translation>Pixelrauschen σ</translation>
    </message>
    <message>
        <source>adversarial ε</source>
        <translation>adversarial ε</translation>
    </message>
    <message>
        <source>adversarial mix weight</source>
        <translation>adversariales Mischgewicht</translation>
    </message>
    <message>
        <source>L1 λ</source>
        <translation>L1 λ</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <source>penalize biases too</source>
        <translation>auch Biases bestrafen</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>Geduld beim frühen Stoppen</translation>
    </message>
    <message>
        <source>restore the best weights</source>
        <translation>beste Gewichte wiederherstellen</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>evaluate every</source>
        <translation>auswerten alle</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>data.path: {from_stranger} never names a file on this computer (it carries a CSV&apos;s points in data.rows)</source>
        <translation>data.path: {from_stranger} nennt nie eine Datei auf diesem Computer (die Punkte einer CSV stehen in data.rows)</translation>
    </message>
    <message>
        <source>{key}: unknown key (no section &apos;{part}&apos;)</source>
        <translation>{key}: unbekannter Schlüssel (kein Abschnitt &apos;{part}&apos;)</translation>
    </message>
    <message>
        <source>{key}: unknown key; known keys: {names}</source>
        <translation>{key}: unbekannter Schlüssel; bekannte Schlüssel: {names}</translation>
    </message>
    <message>
        <source>{key}: unknown key</source>
        <translation>{key}: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>{text!r}: expected section.key=value</source>
        <translation>{text!r}: erwartet wird abschnitt.schlüssel=wert</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {type}</source>
        <translation>{where}: erwartet wird ein Objekt, erhalten: {type}</translation>
    </message>
    <message>
        <source>{prefix}{unknown}: unknown key; allowed here: {names}</source>
        <translation>{prefix}{unknown}: unbekannter Schlüssel; hier erlaubt: {names}</translation>
    </message>
    <message>
        <source>{key} = {value}: expected true or false</source>
        <translation>{key} = {value}: erwartet wird true oder false</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a whole number</source>
        <translation>{key} = {value}: erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of whole numbers, e.g. [64, 64]</source>
        <translation>{key} = {value}: erwartet wird eine Liste ganzer Zahlen, z. B. [64, 64]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected text</source>
        <translation>{key} = {value}: erwartet wird Text</translation>
    </message>
    <message>
        <source>{key}: cannot set a value of type {type}</source>
        <translation>{key}: ein Wert vom Typ {type} lässt sich nicht setzen</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of names, e.g. [&quot;x1&quot;, &quot;x2&quot;]</source>
        <translation>{key} = {value}: erwartet wird eine Liste von Namen, z. B. [&quot;x1&quot;, &quot;x2&quot;]</translation>
    </message>
    <message>
        <source>{key}: expected a list of rows, each a list of numbers</source>
        <translation>{key}: erwartet wird eine Liste von Zeilen, jede eine Liste von Zahlen</translation>
    </message>
    <message>
        <source>{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]</source>
        <translation>{key}[{i}] = {row}: erwartet wird eine Zeile aus Zahlen, z. B. [0.5, -0.2, 1]</translation>
    </message>
    <message>
        <source>data.path: only for data.name = &apos;csv&apos; (data.name is {data_name!r})</source>
        <translation>data.path: nur für data.name = &apos;csv&apos; (data.name ist {data_name!r})</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a number</source>
        <translation>{label} = {value}: erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>{label} = {value}: too large, expected a finite number</source>
        <translation>{label} = {value}: zu groß, erwartet wird eine endliche Zahl</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a finite number</source>
        <translation>{label} = {value}: erwartet wird eine endliche Zahl</translation>
    </message>
    <message>
        <source>name: must not be empty (it labels the run and names its output folder)</source>
        <translation>name: darf nicht leer sein (er benennt den Lauf und seinen Ausgabeordner)</translation>
    </message>
    <message>
        <source>name = {name}: holds a control character (U+{code:04X}); a name is a one-line label</source>
        <translation>name = {name}: enthält ein Steuerzeichen (U+{code:04X}); ein Name ist eine einzeilige Bezeichnung</translation>
    </message>
    <message>
        <source>name = {name}: {length:,} characters, at most {max_name}</source>
        <translation>name = {name}: {length:,} Zeichen, höchstens {max_name}</translation>
    </message>
    <message>
        <source>{key} = {value}: out of range, allowed {low:g} … {high:g}</source>
        <translation>{key} = {value}: außerhalb des Bereichs, erlaubt sind {low:g} … {high:g}</translation>
    </message>
    <message>
        <source>{key} = {value!r}: allowed values are {names}</source>
        <translation>{key} = {value!r}: erlaubte Werte sind {names}</translation>
    </message>
    <message>
        <source>model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)</source>
        <translation>model.hidden = {hidden}: 0 … 16 Schichten mit je 1 … 4096 Einheiten ([]: keine verborgene Schicht, die Eingaben direkt zu den Ausgaben)</translation>
    </message>
    <message>
        <source>model.hidden = []: a CNN needs its channel count (e.g. [16])</source>
        <translation>model.hidden = []: ein CNN braucht seine Kanalzahl (z. B. [16])</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)</source>
        <translation>data.train_size + data.test_size = {total}: das mitgelieferte MNIST hat {size:,} Ziffern (ein torchvision-Datensatz hat mehr: tv-mnist)</translation>
    </message>
    <message>
        <source>model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch&apos;s spread; training.batch_size is {training_batch_size})</source>
        <translation>model.batchnorm = true braucht training.batch_size ≥ 2 (Batch-Norm teilt durch die Streuung des Batches; training.batch_size ist {training_batch_size})</translation>
    </message>
    <message>
        <source>training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set</source>
        <translation>training.early_stopping.patience braucht data.validation_fraction &gt; 0: der Stopp-Schritt wird auf einer Validierungsaufteilung gewählt, nie auf der Testmenge</translation>
    </message>
    <message>
        <source>model.kind = &apos;cnn&apos;: needs an image data set (data.name is {data_name!r})</source>
        <translation>model.kind = &apos;cnn&apos;: braucht einen Bilddatensatz (data.name ist {data_name!r})</translation>
    </message>
    <message>
        <source>data.root: {data_name} needs the folder that holds it (nothing is downloaded)</source>
        <translation>data.root: {data_name} braucht den Ordner, der ihn enthält (es wird nichts heruntergeladen)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)</source>
        <translation>data.features = {value}: eines oder mehrere von {names}, jedes einmal ({unknown!r} gehört nicht dazu)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once</source>
        <translation>data.features = {value}: eines oder mehrere von {names}, jedes einmal</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)</source>
        <translation>data.features: Eingabemerkmale gibt es für 2-D-Daten (data.name {data_name!r} ist eine 1-D-Regression)</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)</source>
        <translation>data.features: Eingabemerkmale gibt es für 2-D-Daten (data.name {data_name!r} ist nicht 2-D)</translation>
    </message>
    <message>
        <source>data.name = &apos;csv&apos;: give the file with data.path (File ▸ Open data in the window)</source>
        <translation>data.name = &apos;csv&apos;: gib die Datei mit data.path an (im Fenster: Datei ▸ Daten öffnen)</translation>
    </message>
    <message>
        <source>data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}</source>
        <translation>data.rows: {rows:,} Punkte; eine CSV liefert {min_rows} … {max_rows:,}</translation>
    </message>
    <message>
        <source>data.rows[{bad}]: every row x, y (two numbers), as the first row is</source>
        <translation>data.rows[{bad}]: jede Zeile x, y (zwei Zahlen), wie die erste Zeile</translation>
    </message>
    <message>
        <source>data.class_names: x,y points are a regression, which has no classes</source>
        <translation>data.class_names: x,y-Punkte sind eine Regression, die keine Klassen hat</translation>
    </message>
    <message>
        <source>data.rows: every point has the same x; a curve needs two x values or more</source>
        <translation>data.rows: jeder Punkt hat dasselbe x; eine Kurve braucht zwei oder mehr x-Werte</translation>
    </message>
    <message>
        <source>data.rows: every row x1, x2, class (three numbers), or every row x, y (two)</source>
        <translation>data.rows: jede Zeile x1, x2, Klasse (drei Zahlen) oder jede Zeile x, y (zwei)</translation>
    </message>
    <message>
        <source>data.class_names = {value}: 2 … {max_classes} different names</source>
        <translation>data.class_names = {value}: 2 … {max_classes} verschiedene Namen</translation>
    </message>
    <message>
        <source>data.classes = {d_classes}: the CSV&apos;s points have {k} classes</source>
        <translation>data.classes = {d_classes}: die Punkte der CSV haben {k} Klassen</translation>
    </message>
    <message>
        <source>data.class_names: {name} is not a class name (1 … 40 characters, one line)</source>
        <translation>data.class_names: {name} ist kein Klassenname (1 … 40 Zeichen, eine Zeile)</translation>
    </message>
    <message>
        <source>data.rows[{i}]: class {label:g} is not one of 0 … {last}</source>
        <translation>data.rows[{i}]: die Klasse {label:g} ist keine von 0 … {last}</translation>
    </message>
    <message>
        <source>data.rows: every point has the same class; a classifier needs two or more</source>
        <translation>data.rows: jeder Punkt hat dieselbe Klasse; ein Klassifikator braucht zwei oder mehr</translation>
    </message>
    <message>
        <source>model.kind = &apos;polynomial&apos;: needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}</source>
        <translation>model.kind = &apos;polynomial&apos;: braucht einen 1-D-Regressionsdatensatz ({names} oder eine CSV aus x,y); data.name ist {data_name!r}</translation>
    </message>
    <message>
        <source>data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>data.label_noise = {data_label_noise:g}: gilt nur für Klassifikation; data.name {name!r} ist eine Regression</translation>
    </message>
    <message>
        <source>regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>regularization.adversarial.epsilon = {adversarial_epsilon:g}: gilt nur für Klassifikation; data.name {name!r} ist eine Regression</translation>
    </message>
    <message>
        <source>{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = &apos;mlp&apos;)</source>
        <translation>{key}: das Polynommodell hat keine verborgene Schicht, die sich normalisieren oder weglassen ließe (verwende model.kind = &apos;mlp&apos;)</translation>
    </message>
</context>
</TS>
