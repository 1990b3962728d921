<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AugmentationPanel</name>
    <message>
        <source>MNIST digit 7</source>
        <translation>chiffre MNIST 7</translation>
    </message>
    <message>
        <source>MNIST digit 2</source>
        <translation>chiffre MNIST 2</translation>
    </message>
    <message>
        <source>MNIST digit 0</source>
        <translation>chiffre MNIST 0</translation>
    </message>
    <message>
        <source>Your image…</source>
        <translation>Votre image…</translation>
    </message>
    <message>
        <source>Horizontal flip p</source>
        <translation>Miroir horizontal p</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Rotation (degrés)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Crop: keep at least this area</source>
        <translation>Recadrage&#xa0;: aire minimale</translation>
    </message>
    <message>
        <source>Crop: aspect ratio up to</source>
        <translation>Recadrage&#xa0;: rapport jusqu&apos;à</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>Bruit gaussien σ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Open an image… (or drop one here)</source>
        <translation>Ouvrir une image… (ou la déposer ici)</translation>
    </message>
    <message>
        <source>Transforms (as training uses them)</source>
        <translation>Transformations d&apos;entraînement</translation>
    </message>
    <message>
        <source>Re-roll (R)</source>
        <translation>Relancer (R)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Show the code…</source>
        <translation>Afficher le code…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The pipeline as torchvision code</source>
        <translation>Le pipeline en code torchvision</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Ouvrir une image</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <source>Press the button above, then Space</source>
        <translation>Bouton ci-dessus, puis Espace</translation>
    </message>
    <message>
        <source>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: mean and variance of x over the batch; γ, β: learned scale and shift; ε: a small number against division by zero.</source>
        <translation>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²&#xa0;: moyenne et variance de x sur le lot&#xa0;; γ, β&#xa0;: échelle et décalage appris&#xa0;; ε&#xa0;: un petit nombre contre la division par zéro.</translation>
    </message>
    <message>
        <source>Left: the same 8-layer sigmoid net without and with batch norm, same initial weights, same minibatches. Without it, and with these initial weights, each layer passes on a fraction of the spread it gets (the sigmoid&apos;s slope is at most 1/4), so the deep layers&apos; histograms collapse to a spike and the net cannot learn. With it, every layer is rescaled to unit spread. Change &lt;i&gt;Initial weights&lt;/i&gt; in the Model box to see the signal vanish (small s) or survive (large s) — batch norm keeps it either way.</source>
        <translation>À gauche&#xa0;: le même réseau sigmoïde à 8 couches sans et avec batch norm, mêmes poids initiaux, mêmes mini-lots. Sans elle, avec ces poids initiaux, chaque couche ne transmet qu&apos;une fraction de la dispersion reçue (la pente de la sigmoïde vaut au plus 1/4)&#xa0;: les histogrammes des couches profondes se réduisent à un pic et le réseau n&apos;apprend pas. Avec elle, chaque couche est ramenée à une dispersion de 1. Changez &lt;i&gt;Poids initiaux&lt;/i&gt; dans le cadre Modèle pour voir le signal disparaître (petit s) ou survivre (grand s) — batch norm le garde dans les deux cas.</translation>
    </message>
    <message>
        <source>Press the button (then Space) to train the two nets.</source>
        <translation>Appuyez sur le bouton (puis Espace) pour entraîner les deux réseaux.</translation>
    </message>
    <message>
        <source>std</source>
        <translation>écart-type</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>input − its unit&apos;s mean</source>
        <translation>entrée − moyenne de l&apos;unité</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>couche {number}</translation>
    </message>
    <message>
        <source>Train with and without batch norm</source>
        <translation>Entraîner avec et sans batch norm</translation>
    </message>
    <message>
        <source>Loads the deep preset and trains both nets side by side</source>
        <translation>Charge le préréglage profond et entraîne les deux réseaux côte à côte</translation>
    </message>
    <message>
        <source>Inputs, {net}</source>
        <translation>Entrées, {net}</translation>
    </message>
    <message>
        <source>Spread per layer</source>
        <translation>Dispersion par couche</translation>
    </message>
    <message>
        <source>Mean per layer</source>
        <translation>Moyenne par couche</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>Spread by depth</source>
        <translation>Dispersion selon la profondeur</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>Solid: with batch norm; dashed: without; colour: layer (dark = first). Space trains, S steps.</source>
        <translation>Plein&#xa0;: avec batch norm&#xa0;; tirets&#xa0;: sans&#xa0;; couleur&#xa0;: couche (foncé = première). Espace entraîne, S fait un pas.</translation>
    </message>
    <message>
        <source>layer {number} (no BN)</source>
        <translation>couche {number} (sans BN)</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <source>P(blue class): 0 orange … 1 blue</source>
        <translation>P(classe bleue)&#xa0;: 0 orange … 1 bleu</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>green</source>
        <translation>vert</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>violet</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>losange</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <source>an orange point</source>
        <translation>un point orange</translation>
    </message>
    <message>
        <source>a blue point</source>
        <translation>un point bleu</translation>
    </message>
    <message>
        <source>a point of class {name} ({colour} {shape})</source>
        <translation>un point de la classe {name} ({shape} {colour})</translation>
    </message>
    <message>
        <source>click adds: {classes}</source>
        <translation>clic ajoute&#xa0;: {classes}</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>Deleted {point}: {n} training points now.</source>
        <translation>Supprimé {point}&#xa0;: {n} points d&apos;entraînement maintenant.</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Rien supprimé&#xa0;: Maj+clic sur un point le supprime.</translation>
    </message>
    <message>
        <source>Added {point} at ({x}, {y}): {n} training points now.</source>
        <translation>Ajouté {point} en ({x}, {y})&#xa0;: {n} points d&apos;entraînement maintenant.</translation>
    </message>
    <message>
        <source>Nothing added: that click landed on a training point. Click on an empty spot to add one (drag a point to move it).</source>
        <translation>Rien ajouté&#xa0;: ce clic est tombé sur un point d&apos;entraînement. Cliquez sur un endroit vide pour en ajouter un (glissez un point pour le déplacer).</translation>
    </message>
    <message>
        <source>Moved {point} to ({x}, {y}).</source>
        <translation>Déplacé {point} en ({x}, {y}).</translation>
    </message>
    <message>
        <source>Nothing deleted: move the cursor onto a point (arrow keys), then press Delete.</source>
        <translation>Rien supprimé&#xa0;: placez le curseur sur un point (flèches), puis appuyez sur Suppr.</translation>
    </message>
    <message>
        <source>Arrow keys move a cursor, Enter adds a point there, Delete removes one.</source>
        <translation>Les flèches déplacent un curseur, Entrée y ajoute un point, Suppr en retire un.</translation>
    </message>
    <message>
        <source>no point under it</source>
        <translation>aucun point dessous</translation>
    </message>
    <message>
        <source>{point} under it</source>
        <translation>{point} dessous</translation>
    </message>
    <message>
        <source>Cursor at ({x}, {y}), {what}.</source>
        <translation>Curseur en ({x}, {y}), {what}.</translation>
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
        <translation>sans BN</translation>
    </message>
    <message>
        <source>the net</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>regularized</source>
        <translation>régularisé</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>sans batch norm</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>adversarial</source>
        <translation>adversarial</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>pas {step}</translation>
    </message>
</context>
<context>
    <name>DropoutPanel</name>
    <message>
        <source>During training, dropout silences each hidden unit with probability p, a new random set at every step, so no unit can rely on a particular partner: the net learns redundant features and overfits less. At test time every unit is on. torch.nn.Dropout is &lt;i&gt;inverted&lt;/i&gt; dropout: the units it keeps are multiplied by 1/(1−p) while training, so their expected sum is what the full layer gives at test time and nothing needs rescaling then.</source>
        <translation>À l&apos;entraînement, le dropout éteint chaque unité cachée avec probabilité p, un nouveau tirage à chaque pas&#xa0;: aucune unité ne peut compter sur une partenaire précise, le réseau apprend des caractéristiques redondantes et surapprend moins. Au test, toutes les unités sont actives. torch.nn.Dropout est un dropout &lt;i&gt;inversé&lt;/i&gt;&#xa0;: les unités gardées sont multipliées par 1/(1−p) à l&apos;entraînement, leur somme attendue est donc celle de la couche entière au test, et rien n&apos;est à remettre à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Switch Dropout on (left) and press Space: the crossed-out units change every step.</source>
        <translation>Activez Dropout (à gauche) et appuyez sur Espace&#xa0;: les unités barrées changent à chaque pas.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>hidden {k}</source>
        <translation>cachée {k}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ent</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sort</translation>
    </message>
    <message>
        <source>h{k}</source>
        <translation>c{k}</translation>
    </message>
    <message>
        <source>Test time (eval mode): every unit on</source>
        <translation>Test (mode eval)&#xa0;: toutes les unités actives</translation>
    </message>
    <message>
        <source>Gap with and without dropout</source>
        <translation>Écart avec et sans dropout</translation>
    </message>
    <message>
        <source>The notes&apos; example, p = 0.5</source>
        <translation>L&apos;exemple des notes, p = 0.5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{dropped} of {units}</source>
        <translation>{dropped} sur {units}</translation>
    </message>
    <message>
        <source>Step {step}: this sample drops {dropped} units (first units of each hidden layer shown).</source>
        <translation>Pas {step}&#xa0;: ce tirage éteint {dropped} unités (les premières de chaque couche cachée sont montrées).</translation>
    </message>
    <message>
        <source>Hidden outputs {hidden}, keeping units 1 and 3:&lt;br&gt;• the mask alone, as the notes write it: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• inverted dropout, what torch.nn.Dropout computes in training (kept × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;At test time torch passes {hidden} through unchanged.</source>
        <translation>Sorties cachées {hidden}, unités 1 et 3 gardées&#xa0;:&lt;br&gt;• le masque seul, comme l&apos;écrivent les notes&#xa0;: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• dropout inversé, ce que calcule torch.nn.Dropout à l&apos;entraînement (gardées × 1/(1−p) = ×2)&#xa0;: &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;Au test, torch laisse passer {hidden} tel quel.</translation>
    </message>
</context>
<context>
    <name>ErrorsPanel</name>
    <message>
        <source>{net}: true × guess</source>
        <translation>{net}&#xa0;: vrai × réponse</translation>
    </message>
    <message>
        <source>true × guess</source>
        <translation>vrai × réponse</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>accuracy per digit</source>
        <translation>précision par chiffre</translation>
    </message>
    <message>
        <source>accuracy per class</source>
        <translation>précision par classe</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net; the pictures: the first test digits the net gets wrong, with its guess.</source>
        <translation>Lignes&#xa0;: le vrai chiffre&#xa0;; colonnes&#xa0;: la réponse du réseau, sur les chiffres de test. Les cases colorées sont des erreurs (plus l&apos;orange est soutenu, plus la part de ce chiffre mal lue est grande)&#xa0;; les nombres sont des effectifs. Les barres&#xa0;: la précision par chiffre, une barre par réseau&#xa0;; les images&#xa0;: les premiers chiffres de test que le réseau rate, avec sa réponse.</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net in the key&apos;s order.</source>
        <translation>Lignes&#xa0;: le vrai chiffre&#xa0;; colonnes&#xa0;: la réponse du réseau, sur les chiffres de test. Les cases colorées sont des erreurs (plus l&apos;orange est soutenu, plus la part de ce chiffre mal lue est grande)&#xa0;; les nombres sont des effectifs. Les barres&#xa0;: la précision par chiffre, une barre par réseau dans l&apos;ordre de la légende.</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the net&apos;s guess, on the test points. Coloured cells are mistakes (the stronger the orange, the larger the share of that class read wrong); the numbers are counts. The bars: each class&apos;s accuracy, a bar per net (the decision boundary shows where the mistakes are).</source>
        <translation>Lignes&#xa0;: la vraie classe&#xa0;; colonnes&#xa0;: la réponse du réseau, sur les points de test. Les cases colorées sont des erreurs (plus l&apos;orange est soutenu, plus la part de cette classe mal lue est grande)&#xa0;; les nombres sont des effectifs. Les barres&#xa0;: la précision par classe, une barre par réseau (la frontière de décision montre où sont les erreurs).</translation>
    </message>
    <message>
        <source>The Errors tab applies to classification (a confusion matrix of classes). A regression has no classes to confuse: its fitted curve on the Training tab shows how far each point is from it.</source>
        <translation>L&apos;onglet Erreurs concerne la classification (une matrice de confusion des classes). Une régression n&apos;a pas de classes à confondre&#xa0;: sa courbe ajustée dans l&apos;onglet Entraînement montre l&apos;écart de chaque point.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test digits appear here.</source>
        <translation>Entraînez (Espace)&#xa0;: les erreurs de chaque réseau sur les chiffres de test apparaissent ici.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test points appear here.</source>
        <translation>Entraînez (Espace)&#xa0;: les erreurs de chaque réseau sur les points de test apparaissent ici.</translation>
    </message>
    <message>
        <source>{wrong} of {total} test digits wrong ({share:.0%})</source>
        <translation>{wrong} chiffres de test faux sur {total} ({share:.0%})</translation>
    </message>
    <message>
        <source>{wrong} of {total} test points wrong ({share:.0%})</source>
        <translation>{wrong} points de test faux sur {total} ({share:.0%})</translation>
    </message>
    <message>
        <source>{net}: {summary}</source>
        <translation>{net}&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <source>Load a ready-made experiment</source>
        <translation>Charger une expérience toute prête</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Share of the training labels flipped to another class (the test labels stay true): a big net learns the wrong labels by heart, a regularized one less</source>
        <translation>Part des étiquettes d&apos;entraînement changées en une autre classe (celles de test restent justes)&#xa0;: un grand réseau apprend les fausses étiquettes par cœur, un réseau régularisé moins</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the generated training points (undo the points clicked in, dragged or deleted on the decision boundary)</source>
        <translation>Revenir aux points d&apos;entraînement générés (annule les points ajoutés, déplacés ou supprimés sur la frontière de décision)</translation>
    </message>
    <message>
        <source>Spiral arms or Gaussian blobs: 2 … 6 classes</source>
        <translation>Bras de spirale ou nuages gaussiens&#xa0;: 2 … 6 classes</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Ouvrir des données…</translation>
    </message>
    <message>
        <source>Your own points: a CSV with columns x1,x2,label (or drop the file on the window)</source>
        <translation>Vos propres points&#xa0;: un CSV avec les colonnes x1,x2,label (ou déposez le fichier sur la fenêtre)</translation>
    </message>
    <message>
        <source>An input feature of each point (x₁, x₂), computed inside the net</source>
        <translation>Une caractéristique d&apos;entrée de chaque point (x₁, x₂), calculée dans le réseau</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation>Bruit d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Part d&apos;entraîn.</translation>
    </message>
    <message>
        <source>Train examples</source>
        <translation>Exemples d&apos;entraîn.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Model and optimizer</source>
        <translation>Modèle et optimiseur</translation>
    </message>
    <message>
        <source>1-D data: an MLP, or a polynomial (Legendre features of x, then one linear output)</source>
        <translation>Données 1-D&#xa0;: un MLP ou un polynôme (caractéristiques de Legendre de x, puis une sortie linéaire)</translation>
    </message>
    <message>
        <source>Hidden layer widths, e.g. 64, 64 (empty: no hidden layer, one linear layer)</source>
        <translation>Largeurs des couches cachées, p. ex. 64, 64 (vide&#xa0;: pas de couche cachée, une couche linéaire)</translation>
    </message>
    <message>
        <source>Initial weights ~ N(0, (s/√fan_in)²). Small s: a deep sigmoid net&apos;s signal vanishes layer by layer without batch norm; s = 4 keeps it.</source>
        <translation>Poids initiaux ~ N(0, (s/√fan_in)²). Petit s&#xa0;: sans batch norm, le signal d&apos;un réseau sigmoïde profond s&apos;éteint couche après couche&#xa0;; s = 4 le garde.</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>défaut de torch</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degré</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Poids initiaux</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Arrêt précoce</translation>
    </message>
    <message>
        <source>Share of the training examples held back as a validation set: early stopping watches its loss (dotted), never the test set&apos;s</source>
        <translation>Part des exemples d&apos;entraînement réservée comme validation&#xa0;: l&apos;arrêt précoce suit sa perte (pointillés), jamais celle du test</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Stop after this many checks (one every &apos;evaluate every&apos; steps) without a lower validation loss; needs a validation share</source>
        <translation>Arrêter après autant de contrôles (un tous les « evaluate every » pas) sans perte de validation plus basse&#xa0;; demande une part de validation</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Restaurer les meilleurs poids</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
</context>
<context>
    <name>FgsmPanel</name>
    <message>
        <source>FGSM moves every pixel by ε in the direction that raises the loss: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). At ε = 0.2 the digit is still plainly itself to us, yet a standard net misreads almost every one. Adversarial training mixes such images into every batch, and the twin trained that way keeps most of its accuracy.</source>
        <translation>FGSM déplace chaque pixel de ε dans la direction qui augmente la perte&#xa0;: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). À ε = 0.2, le chiffre reste clairement lui-même pour nous, mais un réseau standard se trompe presque à chaque fois. L&apos;entraînement adversarial mêle de telles images à chaque lot, et le jumeau ainsi entraîné garde l&apos;essentiel de sa précision.</translation>
    </message>
    <message>
        <source>Train the nets first&lt;br&gt;(the button above)</source>
        <translation>Entraînez d&apos;abord les réseaux&lt;br&gt;(bouton ci-dessus)</translation>
    </message>
    <message>
        <source>Train standard and adversarial nets</source>
        <translation>Entraîner réseaux standard et adversarial</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>%p % trained</source>
        <translation>%p % entraîné</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Au hasard</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>sign(∇ₓ loss):&lt;br&gt;blue −ε, orange +ε</source>
        <translation>sign(∇ₓ loss)&#xa0;:&lt;br&gt;bleu −ε, orange +ε</translation>
    </message>
    <message>
        <source>Test accuracy under attack</source>
        <translation>Précision de test sous attaque</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>part correcte</translation>
    </message>
    <message>
        <source>Accuracy under attack, once both nets are trained</source>
        <translation>Précision sous attaque, une fois les deux réseaux entraînés</translation>
    </message>
    <message>
        <source>standard, FGSM</source>
        <translation>standard, FGSM</translation>
    </message>
    <message>
        <source>adv. trained, FGSM</source>
        <translation>entraîné adv., FGSM</translation>
    </message>
    <message>
        <source>standard, PGD</source>
        <translation>standard, PGD</translation>
    </message>
    <message>
        <source>adv. trained, PGD</source>
        <translation>entraîné adv., PGD</translation>
    </message>
    <message>
        <source>Press the button to train both nets (about half a minute); Stop pauses them.</source>
        <translation>Appuyez sur le bouton pour entraîner les deux réseaux (environ une demi-minute)&#xa0;; Arrêter les met en pause.</translation>
    </message>
    <message>
        <source>Training both nets on the same minibatches…</source>
        <translation>Entraînement des deux réseaux sur les mêmes mini-lots…</translation>
    </message>
    <message>
        <source>FGSM applies to classification: it pushes an image across a class boundary, and a regression has none. The button trains the MNIST pair instead.</source>
        <translation>FGSM concerne la classification&#xa0;: il pousse une image au-delà d&apos;une frontière de classe, et une régression n&apos;en a pas. Le bouton entraîne plutôt la paire MNIST.</translation>
    </message>
    <message>
        <source>Trained. Move ε, pick digits, switch nets.</source>
        <translation>Entraînés. Bougez ε, choisissez des chiffres, changez de réseau.</translation>
    </message>
    <message>
        <source>Paused. The pictures and curves show the nets as they are now.</source>
        <translation>En pause. Images et courbes montrent les réseaux tels qu&apos;ils sont.</translation>
    </message>
    <message>
        <source>a {digit}&lt;br&gt;net says {guess} ({confidence:.0%})</source>
        <translation>un {digit}&lt;br&gt;le réseau dit {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>net says {guess} ({confidence:.0%})</source>
        <translation>le réseau dit {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>Test digit #{index} through the {net} net.</source>
        <translation>Chiffre de test n° {index} dans le réseau {net}.</translation>
    </message>
</context>
<context>
    <name>FilterGrid</name>
    <message>
        <source>unit {unit} of {units}: weights from {low} to {high}, {zero} exactly zero</source>
        <translation>unité {unit} sur {units}&#xa0;: poids de {low} à {high}, {zero} exactement nuls</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>Fitted curve</source>
        <translation>Courbe ajustée</translation>
    </message>
    <message>
        <source>ŷ {net}</source>
        <translation>ŷ {net}</translation>
    </message>
    <message>
        <source>ŷ(x), the fit</source>
        <translation>ŷ(x), l&apos;ajustement</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Rien supprimé&#xa0;: Maj+clic sur un point le supprime.</translation>
    </message>
    <message>
        <source>Deleted the point at ({x}, {y}): {n} training points now.</source>
        <translation>Point en ({x}, {y}) supprimé&#xa0;: {n} points d&apos;entraînement maintenant.</translation>
    </message>
    <message>
        <source>Added a point at x = {x}, y = {y}: {n} training points now.</source>
        <translation>Point ajouté en x = {x}, y = {y}&#xa0;: {n} points d&apos;entraînement maintenant.</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Weight histogram</source>
        <translation>Histogramme des poids</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>valeur du poids</translation>
    </message>
    <message>
        <source>share of weights (%)</source>
        <translation>part des poids (%)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Open a link</source>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <source>This lesson links to

{address}

Open it in your web browser?</source>
        <translation>Cette leçon renvoie à

{address}

L&apos;ouvrir dans le navigateur ?</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>Mode classe</translation>
    </message>
    <message>
        <source>Show only the controls, the tab and the plots this step needs</source>
        <translation>N&apos;afficher que les réglages, l&apos;onglet et les graphiques dont cette étape a besoin</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Step {number} of {count} — {title}</source>
        <translation>Étape {number} sur {count} — {title}</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>cachée {layer}</translation>
    </message>
    <message>
        <source>{layer}
{units} units</source>
        <translation>{layer}
{units} unités</translation>
    </message>
    <message>
        <source>+{hidden} more</source>
        <translation>+{hidden} de plus</translation>
    </message>
    <message>
        <source>ŷ, the fitted y</source>
        <translation>ŷ, le y ajusté</translation>
    </message>
    <message>
        <source>{layer}, {unit}</source>
        <translation>{layer}, {unit}</translation>
    </message>
    <message>
        <source>P(class {number})</source>
        <translation>P(classe {number})</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <translation>unité {number}</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane — dropped on this training step</source>
        <translation>{layer}, {unit}&#xa0;: de {low} à {high} sur le plan — éteinte à ce pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane</source>
        <translation>{layer}, {unit}&#xa0;: de {low} à {high} sur le plan</translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>classe {number}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>A regression&apos;s net: its input column is x (or the polynomial&apos;s Legendre features P1 … Pd of x), its output ŷ, the fitted y. Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w|; exact zeros (L1&apos;s) are not drawn. Hover for values.</source>
        <translation>Le réseau d&apos;une régression&#xa0;: sa colonne d&apos;entrée est x (ou les caractéristiques de Legendre P1 … Pd de x du polynôme), sa sortie ŷ, le y ajusté. Liens&#xa0;: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positif, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; négatif, largeur ∝ |w|&#xa0;; les zéros exacts (de L1) ne sont pas dessinés. Survolez pour les valeurs.</translation>
    </message>
    <message>
        <source>Each square is a unit: what it outputs over the input plane (blue high, orange low). Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w| (on the scale of the first weights); exact zeros are not drawn. A wide layer shows its {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Chaque carré est une unité&#xa0;: sa sortie sur le plan d&apos;entrée (bleu haut, orange bas). Liens&#xa0;: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positif, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; négatif, largeur ∝ |w| (à l&apos;échelle des premiers poids)&#xa0;; les zéros exacts ne sont pas dessinés. Une couche large montre ses {units} unités aux plus grands poids sortants. Survolez pour les valeurs.</translation>
    </message>
    <message>
        <source>Each picture is one first-layer unit&apos;s weights, laid out as the image they multiply: blue positive, white zero, orange negative, each on its own scale. Shown: the {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Chaque image montre les poids d&apos;une unité de la première couche, disposés comme l&apos;image qu&apos;ils multiplient&#xa0;: bleu positif, blanc zéro, orange négatif, chacune à sa propre échelle. Montrées&#xa0;: les {units} unités aux plus grands poids sortants. Survolez pour les valeurs.</translation>
    </message>
    <message>
        <source>{zero} of {total} weights exactly zero ({share})</source>
        <translation>{zero} poids sur {total} exactement nuls ({share})</translation>
    </message>
    <message>
        <source>{net}: {counts}</source>
        <translation>{net}&#xa0;: {counts}</translation>
    </message>
</context>
<context>
    <name>NormSparsityPlot</name>
    <message>
        <source>% exactly 0</source>
        <translation>% exactement 0</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% nuls</translation>
    </message>
    <message>
        <source>Weights, zeros</source>
        <translation>Poids, zéros</translation>
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
        <translation>Tire chaque poids vers 0 en proportion de sa taille (gradient 2λw)&#xa0;: les poids rétrécissent.</translation>
    </message>
    <message>
        <source>L1  λ Σ |w|</source>
        <translation>L1  λ Σ |w|</translation>
    </message>
    <message>
        <source>The same pull for every weight, however small (λ·sign w): unhelpful weights become exactly 0.</source>
        <translation>La même traction pour chaque poids, si petit soit-il (λ·sign w)&#xa0;: les poids inutiles deviennent exactement 0.</translation>
    </message>
    <message>
        <source>Dropout  p</source>
        <translation>Dropout  p</translation>
    </message>
    <message>
        <source>Each training step silences a random share p of hidden units (kept ones ×1/(1−p)); all are on at test time.</source>
        <translation>Chaque pas d&apos;entraînement éteint une part aléatoire p des unités cachées (les gardées ×1/(1−p))&#xa0;; au test, toutes sont actives.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch norm</translation>
    </message>
    <message>
        <source>BN(x) = γ·(x − μ)/√(σ² + ε) + β over the batch, before each nonlinearity: keeps deep nets&apos; signals at scale. Resets the net.</source>
        <translation>BN(x) = γ·(x − μ)/√(σ² + ε) + β sur le lot, avant chaque non-linéarité&#xa0;: garde l&apos;échelle des signaux des réseaux profonds. Réinitialise le réseau.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Trains on randomly flipped, rotated, cropped, recoloured copies (images only): more data for free.</source>
        <translation>Entraîne sur des copies retournées, tournées, recadrées, recolorées au hasard (images seulement)&#xa0;: plus de données gratuitement.</translation>
    </message>
    <message>
        <source>Adversarial  ε</source>
        <translation>Adversarial  ε</translation>
    </message>
    <message>
        <source>Also trains on x + ε·sign(∇ₓ loss), the FGSM images that fool the net; the mix weight sets their share.</source>
        <translation>Entraîne aussi sur x + ε·sign(∇ₓ loss), les images FGSM qui trompent le réseau&#xa0;; le poids du mélange fixe leur part.</translation>
    </message>
    <message>
        <source>Regularizers</source>
        <translation>Régularisations</translation>
    </message>
    <message>
        <source>mix weight</source>
        <translation>poids du mélange</translation>
    </message>
    <message>
        <source>{explanation} Drag, or click it and use ← →; type an exact value in the field.</source>
        <translation>{explanation} Glissez, ou cliquez puis utilisez ← →&#xa0;; tapez une valeur exacte dans le champ.</translation>
    </message>
    <message>
        <source>Augmentation works on images: pick MNIST</source>
        <translation>L&apos;augmentation agit sur des images&#xa0;: choisissez MNIST</translation>
    </message>
    <message>
        <source>Adversarial training applies to classification</source>
        <translation>L&apos;entraînement adversarial concerne la classification</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Steps per value</source>
        <translation>Pas par valeur</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Lancer le balayage</translation>
    </message>
    <message>
        <source>%v of %m values</source>
        <translation>%v sur %m valeurs</translation>
    </message>
    <message>
        <source>Each value trains the current experiment from the same start; the live net is reset when the sweep ends.</source>
        <translation>Chaque valeur entraîne l&apos;expérience actuelle depuis le même départ&#xa0;; le réseau en cours est réinitialisé à la fin du balayage.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>also {symbol} = 0 (dashed line)</source>
        <translation>aussi {symbol} = 0 (ligne en tirets)</translation>
    </message>
    <message>
        <source>test loss at {symbol} = 0</source>
        <translation>perte de test à {symbol} = 0</translation>
    </message>
    <message>
        <source>Final loss against {setting}</source>
        <translation>Perte finale selon {setting}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Annuler le balayage</translation>
    </message>
    <message>
        <source>Sweeping, {jobs} at once… {percent} % of the steps</source>
        <translation>Balayage, {jobs} à la fois… {percent} % des pas</translation>
    </message>
    <message>
        <source>Sweeping… {percent} % of the steps</source>
        <translation>Balayage… {percent} % des pas</translation>
    </message>
    <message>
        <source>No value finished.</source>
        <translation>Aucune valeur terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Values done: %n. Lowest test loss {loss:.3f} at {value:g}.</source>
        <translation>
            <numerusform>%n valeur faite. Plus faible perte de test {loss:.3f} à {value:g}.</numerusform>
            <numerusform>%n valeurs faites. Plus faible perte de test {loss:.3f} à {value:g}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training engine is still loading — try again in a moment</source>
        <translation>Le moteur d&apos;entraînement se charge encore — réessayez dans un instant</translation>
    </message>
    <message>
        <source>Sweep finished — a fresh net is ready on the Training tab</source>
        <translation>Balayage terminé — un nouveau réseau est prêt dans l&apos;onglet Entraînement</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>part correcte</translation>
    </message>
    <message>
        <source>best</source>
        <translation>meilleur</translation>
    </message>
    <message>
        <source>Space trains: the curves draw as the net learns</source>
        <translation>Espace entraîne : les courbes se tracent pendant que le réseau apprend</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>pénalité</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>R² (accuracy&apos;s place)</source>
        <translation>R² (à la place de la précision)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
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
        <translation>La cellule des notes&#xa0;: un poids, y ≈ w·x</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>poids w</translation>
    </message>
    <message>
        <source>λ (regularization strength)</source>
        <translation>λ (force de régularisation)</translation>
    </message>
    <message>
        <source>Computed by regviz&apos;s own penalty functions</source>
        <translation>Calculé par les fonctions de pénalité de regviz</translation>
    </message>
    <message>
        <source>MSE as the notes compute it</source>
        <translation>MSE comme la calculent les notes</translation>
    </message>
    <message>
        <source>L2 penalty λ·w²</source>
        <translation>pénalité L2 λ·w²</translation>
    </message>
    <message>
        <source>MSE + L2 (the notes: 19.4)</source>
        <translation>MSE + L2 (notes&#xa0;: 19.4)</translation>
    </message>
    <message>
        <source>L1 penalty λ·|w|</source>
        <translation>pénalité L1 λ·|w|</translation>
    </message>
    <message>
        <source>MSE + L1 (the notes: 19.425)</source>
        <translation>MSE + L1 (notes&#xa0;: 19.425)</translation>
    </message>
    <message>
        <source>MSE pairing each x with its y</source>
        <translation>MSE en associant chaque x à son y</translation>
    </message>
    <message>
        <source>Why two MSEs? In the notes X is a column (shape 4×1) and y a row (shape 4), so numpy broadcasts y − X·w to a 4×4 table and averages all 16 differences: that gives 19.375. Pairing each x with its own y, as regression means, gives 16.875 at the notes&apos; values. The penalties are the same either way.</source>
        <translation>Pourquoi deux MSE&#xa0;? Dans les notes, X est une colonne (forme 4×1) et y une ligne (forme 4)&#xa0;: numpy étend y − X·w en un tableau 4×4 et moyenne les 16 différences, ce qui donne 19.375. Associer chaque x à son propre y, comme l&apos;entend la régression, donne 16.875 aux valeurs des notes. Les pénalités sont les mêmes dans les deux cas.</translation>
    </message>
    <message>
        <source>Train it live: the notes&apos; X and y, y = w·x + b, with this λ</source>
        <translation>Entraîner en direct&#xa0;: X et y des notes, y = w·x + b, avec ce λ</translation>
    </message>
    <message>
        <source>A run on the notes&apos; four points (preset notes-line) with L2 at the λ above: watch w go towards 2, or below it with the penalty</source>
        <translation>Un entraînement sur les quatre points des notes (préréglage notes-line) avec L2 au λ ci-dessus&#xa0;: w tend vers 2, ou reste en dessous avec la pénalité</translation>
    </message>
    <message>
        <source>The live run trains on the paired MSE (16.875 at w = 0.5, b = 0), as regression does; the notes&apos; broadcast 19.375 stays above for comparison.</source>
        <translation>L&apos;entraînement en direct utilise la MSE appariée (16.875 à w = 0.5, b = 0), comme la régression&#xa0;; le 19.375 étendu des notes reste au-dessus pour comparer.</translation>
    </message>
    <message>
        <source>Not started: λ must be a number from 0 to 10 ({reason}).</source>
        <translation>Non lancé&#xa0;: λ doit être un nombre de 0 à 10 ({reason}).</translation>
    </message>
    <message>
        <source>Not a valid input ({reason}); the numbers shown are for the last valid one.</source>
        <translation>Entrée non valide ({reason})&#xa0;; les nombres montrés sont ceux de la dernière valide.</translation>
    </message>
    <message>
        <source>What each penalty does to the gradient at w = {w:g}: L2 adds 2λw = {l2:.4g}, proportional to w, so big weights shrink fast and small ones barely move; L1 adds λ·sign(w) = {l1:.4g}, the same pull for every weight however small, which is why it drives weights to exactly zero. The data&apos;s own gradient here is {mse:.4g}.</source>
        <translation>Ce que chaque pénalité fait au gradient en w = {w:g}&#xa0;: L2 ajoute 2λw = {l2:.4g}, proportionnel à w, donc les grands poids rétrécissent vite et les petits bougent à peine&#xa0;; L1 ajoute λ·sign(w) = {l1:.4g}, la même traction pour chaque poids si petit soit-il, d&apos;où des poids exactement nuls. Le gradient propre des données vaut ici {mse:.4g}.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>data set</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>train share</source>
        <translation>part d&apos;entraînement</translation>
    </message>
    <message>
        <source>train examples</source>
        <translation>exemples d&apos;entraînement</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>exemples de test</translation>
    </message>
    <message>
        <source>label noise</source>
        <translation>bruit d&apos;étiquettes</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>part de validation</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>dossier de données</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>caractéristiques d&apos;entrée</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>fichier CSV</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>lignes du CSV</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>noms des classes</translation>
    </message>
    <message>
        <source>seed of the data</source>
        <translation>graine des données</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>couches cachées</translation>
    </message>
    <message>
        <source>polynomial degree</source>
        <translation>degré du polynôme</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>dropout p</source>
        <translation>dropout p</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>initial weight scale</source>
        <translation>échelle des poids initiaux</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>augmentation</translation>
    </message>
    <message>
        <source>flip probability</source>
        <translation>probabilité de miroir</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>luminosité</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>contraste</translation>
    </message>
    <message>
        <source>crop keeps</source>
        <translation>le recadrage garde</translation>
    </message>
    <message>
        <source>crop aspect</source>
        <translation>rapport du recadrage</translation>
    </message>
    <message>
        <source>pixel noise σ</source>
        <translation>bruit de pixel σ</translation>
    </message>
    <message>
        <source>adversarial ε</source>
        <translation>adversarial ε</translation>
    </message>
    <message>
        <source>adversarial mix weight</source>
        <translation>poids du mélange adversarial</translation>
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
        <translation>pénaliser aussi les biais</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>décroissance des poids</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>patience de l&apos;arrêt précoce</translation>
    </message>
    <message>
        <source>restore the best weights</source>
        <translation>restaurer les meilleurs poids</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>taille de lot</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>evaluate every</source>
        <translation>évaluer tous les</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>data.path: {from_stranger} never names a file on this computer (it carries a CSV&apos;s points in data.rows)</source>
        <translation>data.path : {from_stranger} ne nomme jamais un fichier de cet ordinateur (elle porte les points d&apos;un CSV dans data.rows)</translation>
    </message>
    <message>
        <source>{key}: unknown key (no section &apos;{part}&apos;)</source>
        <translation>{key} : clé inconnue (pas de section &apos;{part}&apos;)</translation>
    </message>
    <message>
        <source>{key}: unknown key; known keys: {names}</source>
        <translation>{key} : clé inconnue ; clés connues : {names}</translation>
    </message>
    <message>
        <source>{key}: unknown key</source>
        <translation>{key} : clé inconnue</translation>
    </message>
    <message>
        <source>{text!r}: expected section.key=value</source>
        <translation>{text!r} : section.clé=valeur attendu</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {type}</source>
        <translation>{where} : un objet est attendu, reçu {type}</translation>
    </message>
    <message>
        <source>{prefix}{unknown}: unknown key; allowed here: {names}</source>
        <translation>{prefix}{unknown} : clé inconnue ; admises ici : {names}</translation>
    </message>
    <message>
        <source>{key} = {value}: expected true or false</source>
        <translation>{key} = {value} : true ou false attendu</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a whole number</source>
        <translation>{key} = {value} : un nombre entier est attendu</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of whole numbers, e.g. [64, 64]</source>
        <translation>{key} = {value} : une liste de nombres entiers est attendue, p. ex. [64, 64]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected text</source>
        <translation>{key} = {value} : du texte est attendu</translation>
    </message>
    <message>
        <source>{key}: cannot set a value of type {type}</source>
        <translation>{key} : impossible d&apos;affecter une valeur de type {type}</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of names, e.g. [&quot;x1&quot;, &quot;x2&quot;]</source>
        <translation>{key} = {value} : une liste de noms est attendue, p. ex. [&quot;x1&quot;, &quot;x2&quot;]</translation>
    </message>
    <message>
        <source>{key}: expected a list of rows, each a list of numbers</source>
        <translation>{key} : une liste de lignes est attendue, chacune une liste de nombres</translation>
    </message>
    <message>
        <source>{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]</source>
        <translation>{key}[{i}] = {row} : une ligne de nombres est attendue, p. ex. [0.5, -0.2, 1]</translation>
    </message>
    <message>
        <source>data.path: only for data.name = &apos;csv&apos; (data.name is {data_name!r})</source>
        <translation>data.path : seulement pour data.name = &apos;csv&apos; (data.name vaut {data_name!r})</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a number</source>
        <translation>{label} = {value} : un nombre est attendu</translation>
    </message>
    <message>
        <source>{label} = {value}: too large, expected a finite number</source>
        <translation>{label} = {value} : trop grand, un nombre fini est attendu</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a finite number</source>
        <translation>{label} = {value} : un nombre fini est attendu</translation>
    </message>
    <message>
        <source>name: must not be empty (it labels the run and names its output folder)</source>
        <translation>name : ne doit pas être vide (il nomme l&apos;exécution et son dossier de sortie)</translation>
    </message>
    <message>
        <source>name = {name}: holds a control character (U+{code:04X}); a name is a one-line label</source>
        <translation>name = {name} : contient un caractère de contrôle (U+{code:04X}) ; un nom est une étiquette d&apos;une ligne</translation>
    </message>
    <message>
        <source>name = {name}: {length:,} characters, at most {max_name}</source>
        <translation>name = {name} : {length:,} caractères, au plus {max_name}</translation>
    </message>
    <message>
        <source>{key} = {value}: out of range, allowed {low:g} … {high:g}</source>
        <translation>{key} = {value} : hors plage, admis {low:g} … {high:g}</translation>
    </message>
    <message>
        <source>{key} = {value!r}: allowed values are {names}</source>
        <translation>{key} = {value!r} : les valeurs admises sont {names}</translation>
    </message>
    <message>
        <source>model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)</source>
        <translation>model.hidden = {hidden} : 0 … 16 couches de 1 … 4096 unités chacune ([] : pas de couche cachée, les entrées directement vers les sorties)</translation>
    </message>
    <message>
        <source>model.hidden = []: a CNN needs its channel count (e.g. [16])</source>
        <translation>model.hidden = [] : un CNN demande son nombre de canaux (p. ex. [16])</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)</source>
        <translation>data.train_size + data.test_size = {total} : le MNIST fourni a {size:,} chiffres (un jeu torchvision en a plus : tv-mnist)</translation>
    </message>
    <message>
        <source>model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch&apos;s spread; training.batch_size is {training_batch_size})</source>
        <translation>model.batchnorm = true demande training.batch_size ≥ 2 (la normalisation par lot divise par la dispersion du lot ; training.batch_size vaut {training_batch_size})</translation>
    </message>
    <message>
        <source>training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set</source>
        <translation>training.early_stopping.patience demande data.validation_fraction &gt; 0 : le pas d&apos;arrêt se choisit sur une partition de validation, jamais sur le jeu de test</translation>
    </message>
    <message>
        <source>model.kind = &apos;cnn&apos;: needs an image data set (data.name is {data_name!r})</source>
        <translation>model.kind = &apos;cnn&apos; : demande un jeu de données d&apos;images (data.name vaut {data_name!r})</translation>
    </message>
    <message>
        <source>data.root: {data_name} needs the folder that holds it (nothing is downloaded)</source>
        <translation>data.root : {data_name} demande le dossier qui le contient (rien n&apos;est téléchargé)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)</source>
        <translation>data.features = {value} : une ou plusieurs de {names}, chacune une fois ({unknown!r} n&apos;en fait pas partie)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once</source>
        <translation>data.features = {value} : une ou plusieurs de {names}, chacune une fois</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)</source>
        <translation>data.features : les caractéristiques d&apos;entrée sont pour des données 2-D (data.name {data_name!r} est une régression 1-D)</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)</source>
        <translation>data.features : les caractéristiques d&apos;entrée sont pour des données 2-D (data.name {data_name!r} n&apos;est pas en 2-D)</translation>
    </message>
    <message>
        <source>data.name = &apos;csv&apos;: give the file with data.path (File ▸ Open data in the window)</source>
        <translation>data.name = &apos;csv&apos; : indiquez le fichier avec data.path (dans la fenêtre : Fichier ▸ Ouvrir des données)</translation>
    </message>
    <message>
        <source>data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}</source>
        <translation>data.rows : {rows:,} points ; un CSV en donne {min_rows} … {max_rows:,}</translation>
    </message>
    <message>
        <source>data.rows[{bad}]: every row x, y (two numbers), as the first row is</source>
        <translation>data.rows[{bad}] : chaque ligne x, y (deux nombres), comme la première ligne</translation>
    </message>
    <message>
        <source>data.class_names: x,y points are a regression, which has no classes</source>
        <translation>data.class_names : des points x,y sont une régression, qui n&apos;a pas de classes</translation>
    </message>
    <message>
        <source>data.rows: every point has the same x; a curve needs two x values or more</source>
        <translation>data.rows : tous les points ont le même x ; une courbe demande deux valeurs de x ou plus</translation>
    </message>
    <message>
        <source>data.rows: every row x1, x2, class (three numbers), or every row x, y (two)</source>
        <translation>data.rows : chaque ligne x1, x2, classe (trois nombres), ou chaque ligne x, y (deux)</translation>
    </message>
    <message>
        <source>data.class_names = {value}: 2 … {max_classes} different names</source>
        <translation>data.class_names = {value} : 2 … {max_classes} noms différents</translation>
    </message>
    <message>
        <source>data.classes = {d_classes}: the CSV&apos;s points have {k} classes</source>
        <translation>data.classes = {d_classes} : les points du CSV ont {k} classes</translation>
    </message>
    <message>
        <source>data.class_names: {name} is not a class name (1 … 40 characters, one line)</source>
        <translation>data.class_names : {name} n&apos;est pas un nom de classe (1 … 40 caractères, une ligne)</translation>
    </message>
    <message>
        <source>data.rows[{i}]: class {label:g} is not one of 0 … {last}</source>
        <translation>data.rows[{i}] : la classe {label:g} n&apos;est pas l&apos;une de 0 … {last}</translation>
    </message>
    <message>
        <source>data.rows: every point has the same class; a classifier needs two or more</source>
        <translation>data.rows : tous les points ont la même classe ; un classifieur en demande deux ou plus</translation>
    </message>
    <message>
        <source>model.kind = &apos;polynomial&apos;: needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}</source>
        <translation>model.kind = &apos;polynomial&apos; : demande un jeu de régression 1-D ({names}, ou un CSV de x,y) ; data.name vaut {data_name!r}</translation>
    </message>
    <message>
        <source>data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>data.label_noise = {data_label_noise:g} : ne vaut que pour la classification ; data.name {name!r} est une régression</translation>
    </message>
    <message>
        <source>regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>regularization.adversarial.epsilon = {adversarial_epsilon:g} : ne vaut que pour la classification ; data.name {name!r} est une régression</translation>
    </message>
    <message>
        <source>{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = &apos;mlp&apos;)</source>
        <translation>{key} : le modèle polynomial n&apos;a pas de couche cachée à normaliser ou à abandonner (utilisez model.kind = &apos;mlp&apos;)</translation>
    </message>
</context>
</TS>
