<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>attack</name>
    <message>
        <source>attack {kind!r}: allowed {names}</source>
        <translation>attaque {kind!r} : valeurs admises {names}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>regviz: error: {problem}</source>
        <translation>regviz : erreur : {problem}</translation>
    </message>
    <message>
        <source>regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held</source>
        <translation>regviz : arrêté par un second {signal} avant l&apos;écriture des fichiers ; le dossier de sortie garde ce qu&apos;il contenait</translation>
    </message>
    <message>
        <source>--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r} : des nombres séparés par des virgules sont attendus, p. ex. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r} : indiquez au moins un ε, p. ex. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: each ε must be in 0 … 1</source>
        <translation>--robustness {text!r} : chaque ε doit être dans 0 … 1</translation>
    </message>
    <message>
        <source>--attack {text!r}: a comma-separated list of fgsm, pgd</source>
        <translation>--attack {text!r} : une liste de fgsm, pgd séparés par des virgules</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before training started; nothing was written</source>
        <translation>regviz : interrompu ({signal}) avant le début de l&apos;entraînement ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says &quot;interrupted&quot;: true)</source>
        <translation>regviz : interrompu ({signal}) {done} ; ce qui a tourné est dans {out} (son résumé indique &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>--robustness: applies to classification; data.name {data_name!r} is a regression</source>
        <translation>--robustness : ne vaut que pour la classification ; data.name {data_name!r} est une régression</translation>
    </message>
    <message>
        <source>at step {step:,} of {steps:,}</source>
        <translation>au pas {step:,} sur {steps:,}</translation>
    </message>
    <message>
        <source>regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.</source>
        <translation>regviz : la perte a divergé (devenue NaN ou infinie) vers le pas {step:,} ; l&apos;entraînement s&apos;est arrêté là. Baissez training.lr (actuellement {lr:g}) ou la pénalité λ et relancez. metrics.csv et summary.json sont dans {out}.</translation>
    </message>
    <message>
        <source>{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}</source>
        <translation>{name} : MSE d&apos;entraînement {train:.4f}, MSE de test {test:.4f}, R² de test {score:.3f} -&gt; {out}</translation>
    </message>
    <message>
        <source>{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}</source>
        <translation>{name} : perte d&apos;entraînement {train:.4f}, perte de test {test:.4f}, précision de test {score:.1%} -&gt; {out}</translation>
    </message>
    <message>
        <source>--values: give at least one value, e.g. 0,0.001,0.01</source>
        <translation>--values : indiquez au moins une valeur, p. ex. 0,0.001,0.01</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs} : indiquez 1 processus de travail ou plus</translation>
    </message>
    <message>
        <source>{name}: {count} values of {param} -&gt; {out}</source>
        <translation>{name} : {count} valeurs de {param} -&gt; {out}</translation>
    </message>
    <message>
        <source>--variant: {problem}</source>
        <translation>--variant : {problem}</translation>
    </message>
    <message>
        <source>{net} diverged</source>
        <translation>{net} a divergé</translation>
    </message>
    <message>
        <source>{name}: {count} variants, test loss {finals} -&gt; {out}</source>
        <translation>{name} : {count} variantes, perte de test {finals} -&gt; {out}</translation>
    </message>
    <message>
        <source>regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant&apos;s summary.json are in {out}.</source>
        <translation>regviz : la perte de {nets} a divergé (devenue NaN ou infinie) vers le pas {step:,} ; la course s&apos;est arrêtée là. Baissez training.lr ou la pénalité λ et relancez. compare.csv et le summary.json de chaque variante sont dans {out}.</translation>
    </message>
    <message>
        <source>--variant {name}: the race writes its own compare.csv there; choose another name</source>
        <translation>--variant {name} : la course y écrit son propre compare.csv ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out</source>
        <translation>--variant {name} : {where} est {kind}, pas un dossier où la course peut écrire son summary.json ; choisissez un autre nom ou --out</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the script there ({reason})</source>
        <translation>--out {out} : impossible d&apos;y écrire le script ({reason})</translation>
    </message>
    <message>
        <source>{name}: script -&gt; {out}</source>
        <translation>{name} : script -&gt; {out}</translation>
    </message>
    <message>
        <source>export-notebook --lesson: a lesson sets its own config; --set is for an experiment</source>
        <translation>export-notebook --lesson : une leçon fixe sa propre configuration ; --set est pour une expérience</translation>
    </message>
    <message>
        <source>--steps {steps}: expected 0 or more</source>
        <translation>--steps {steps} : 0 ou plus attendu</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the notebook there ({reason})</source>
        <translation>--out {out} : impossible d&apos;y écrire le notebook ({reason})</translation>
    </message>
    <message>
        <source>{name}: notebook -&gt; {out}</source>
        <translation>{name} : notebook -&gt; {out}</translation>
    </message>
    <message>
        <source>--lang {option!r}: the lessons speak {languages}</source>
        <translation>--lang {option!r} : les leçons existent en {languages}</translation>
    </message>
    <message>
        <source>--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720</source>
        <translation>--size {size!r} : LARGEURxHAUTEUR attendu, chacune de {low} … {high} pixels, p. ex. 1280x720</translation>
    </message>
    <message>
        <source>render-lesson: name one lesson (or a lesson file), or give --all</source>
        <translation>render-lesson : nommez une leçon (ou un fichier de leçon), ou indiquez --all</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before the first step was rendered; nothing was written</source>
        <translation>regviz : interrompu ({signal}) avant le rendu de la première étape ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says &quot;interrupted&quot;: true)</source>
        <translation>regviz : interrompu ({signal}) ; les PNG des étapes faites sont dans {out}, index.html n&apos;a pas été écrit (summary.json indique &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>{count} steps -&gt; {out}</source>
        <translation>{count} étapes -&gt; {out}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>{path!r}: not a file name</source>
        <translation>{path!r} : pas un nom de fichier</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label} : lecture impossible ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows</source>
        <translation>{label} : plus de {megabytes} Mo ; un jeu de données a au plus {max_rows:,} lignes</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL bytes)</source>
        <translation>{label} : un fichier binaire, pas du texte CSV (il contient des octets NUL)</translation>
    </message>
    <message>
        <source>{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>{label}, ligne {row} : pas du texte UTF-8 (octet {start}) ; enregistrez la feuille en « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL characters)</source>
        <translation>{label} : un fichier binaire, pas du texte CSV (il contient des caractères NUL)</translation>
    </message>
    <message>
        <source>{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}</source>
        <translation>{label}, ligne {number} : {length:,} caractères ; une ligne d&apos;un jeu de données en a au plus {max_line:,}</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows</source>
        <translation>{label} : vide ; une ligne d&apos;en-tête x1,x2,label (ou x,y) et {min_rows}+ lignes sont attendues</translation>
    </message>
    <message>
        <source>{label}, row {row}: not CSV ({problem})</source>
        <translation>{label}, ligne {row} : pas du CSV ({problem})</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y)</source>
        <translation>{label} : vide ; une ligne d&apos;en-tête x1,x2,label (ou x,y) est attendue</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)</source>
        <translation>{label}, ligne {header_row} : pas de ligne d&apos;en-tête ; la première ligne doit nommer les colonnes x1,x2,label (ou x,y)</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}</source>
        <translation>{label}, ligne {header_row} : pas de colonne {missing!r} ; l&apos;en-tête doit nommer x1,x2,label (une classe par point) ou x,y (régression), trouvé : {found}</translation>
    </message>
    <message>
        <source>{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points</source>
        <translation>{label}, ligne {row} : plus de {max_rows:,} lignes ; un jeu de données a au plus {max_rows:,} points</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})</source>
        <translation>{label}, ligne {row}, colonne {name!r} : manquante ({values} valeurs, l&apos;en-tête en nomme {columns} ; séparateur {delimiter!r})</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by &apos;;&apos;)</source>
        <translation>{label}, ligne {row} : {values} valeurs, l&apos;en-tête en nomme {columns} (une virgule décimale dans un fichier séparé par des virgules ? mettez les nombres entre guillemets ou séparez par &apos;;&apos;)</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns}</source>
        <translation>{label}, ligne {row} : {values} valeurs, l&apos;en-tête en nomme {columns}</translation>
    </message>
    <message>
        <source>{label}: {rows} rows of data; a data set needs at least {min_rows}</source>
        <translation>{label} : {rows} lignes de données ; un jeu de données en demande au moins {min_rows}</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: empty; every point needs a number there</source>
        <translation>{label}, ligne {row}, colonne {column!r} : vide ; chaque point y demande un nombre</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a finite number</source>
        <translation>{label}, ligne {row}, colonne {column!r} : {text!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a number</source>
        <translation>{label}, ligne {row}, colonne {column!r} : {text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)</source>
        <translation>{label}, ligne {row}, colonne {column!r} : {text!r} est trop grand (pas un nombre fini)</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: empty; every point needs its class</source>
        <translation>{label}, ligne {row}, colonne &apos;label&apos; : vide ; chaque point demande sa classe</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class name (at most {max_name} characters, one line)</source>
        <translation>{label}, ligne {row}, colonne &apos;label&apos; : {text!r} n&apos;est pas un nom de classe (au plus {max_name} caractères, une ligne)</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})</source>
        <translation>{label}, colonne &apos;label&apos; : tous les points ont la classe {name!r} ; un classifieur demande deux classes ou plus (au plus {max_classes})</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; whole-number labels are the classes 0 … {last}</source>
        <translation>{label}, ligne {row}, colonne &apos;label&apos; : {text!r} n&apos;est pas une classe ; les étiquettes entières sont les classes 0 … {last}</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point</source>
        <translation>{label}, colonne &apos;label&apos; : aucun point n&apos;a la classe {absent} ; les étiquettes entières sont les classes 0 … K−1, chacune avec un point</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has</source>
        <translation>{label}, ligne {row}, colonne &apos;label&apos; : {text!r} n&apos;est pas une classe ; le fichier en nomme déjà {max_classes} ({names}), le maximum d&apos;un jeu de données</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out</source>
        <translation>data.validation_fraction = {fraction:g} : {n} exemples d&apos;entraînement sont trop peu pour en mettre de côté</translation>
    </message>
    <message>
        <source>{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.</source>
        <translation>{name} est absent ou incomplet dans {folder!r} ({why}). regviz ne télécharge jamais de données : copiez-y tout le dossier torchvision {name}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind} : {problem}</translation>
    </message>
    <message>
        <source>its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}</source>
        <translation>ses fichiers contiennent {images:,} images de {shape} et {labels:,} étiquettes, pas des images de {expected} avec chacune une classe 0–{last}</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: this data set has {examples} examples</source>
        <translation>data.train_size + data.test_size = {total} : ce jeu de données a {examples} exemples</translation>
    </message>
</context>
<context>
    <name>experiment_line</name>
    <message>
        <source>experiment line: {length:,} characters with the data set&apos;s {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)</source>
        <translation>ligne d&apos;expérience : {length:,} caractères avec les {points:,} points du jeu de données, au-delà des {max_line:,} permis pour une ligne — partagez plutôt la session (Fichier ▸ Enregistrer la session)</translation>
    </message>
    <message>
        <source>not a regviz experiment line (it starts with {prefix!r})</source>
        <translation>pas une ligne d&apos;expérience regviz (elle commence par {prefix!r})</translation>
    </message>
    <message>
        <source>experiment line: {length:,} characters; a regviz line has at most {max_line:,}</source>
        <translation>ligne d&apos;expérience : {length:,} caractères ; une ligne regviz en a au plus {max_line:,}</translation>
    </message>
    <message>
        <source>experiment line version {version!r}; this regviz reads version {latest}</source>
        <translation>ligne d&apos;expérience version {version!r} ; ce regviz lit la version {latest}</translation>
    </message>
    <message>
        <source>experiment line: damaged (copy the whole line, nothing added)</source>
        <translation>ligne d&apos;expérience : abîmée (copiez la ligne entière, sans rien ajouter)</translation>
    </message>
    <message>
        <source>experiment line: inflates to more than {max_json:,} bytes</source>
        <translation>ligne d&apos;expérience : décompressée, elle dépasse {max_json:,} octets</translation>
    </message>
    <message>
        <source>experiment line: cut short (copy the whole line)</source>
        <translation>ligne d&apos;expérience : tronquée (copiez la ligne entière)</translation>
    </message>
    <message>
        <source>experiment line: something follows its data (copy the line alone, nothing added)</source>
        <translation>ligne d&apos;expérience : quelque chose suit ses données (copiez la ligne seule, sans rien ajouter)</translation>
    </message>
    <message>
        <source>experiment line: damaged (not UTF-8 inside)</source>
        <translation>ligne d&apos;expérience : abîmée (pas de l&apos;UTF-8 à l&apos;intérieur)</translation>
    </message>
    <message>
        <source>experiment line</source>
        <translation>ligne d&apos;expérience</translation>
    </message>
    <message>
        <source>a one-line experiment</source>
        <translation>une expérience en une ligne</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{label}: {kind}, not a file — regviz reads only regular files</source>
        <translation>{label} : {kind}, pas un fichier — regviz ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label} : fichier introuvable</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label} : lecture impossible ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB — not a file regviz wrote or reads</source>
        <translation>{label} : plus de {megabytes} Mo — pas un fichier que regviz écrit ou lit</translation>
    </message>
    <message>
        <source>{label}: cannot read it (not UTF-8 text: {reason} at byte {start})</source>
        <translation>{label} : lecture impossible (pas du texte UTF-8 : {reason} à l&apos;octet {start})</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}: {problem})</source>
        <translation>{label} : JSON non valide (ligne {line} : {problem})</translation>
    </message>
    <message>
        <source>{label}: nested too deeply (more than {max_depth} levels)</source>
        <translation>{label} : imbrication trop profonde (plus de {max_depth} niveaux)</translation>
    </message>
    <message>
        <source>{label}: holds a number with thousands of digits</source>
        <translation>{label} : contient un nombre de plusieurs milliers de chiffres</translation>
    </message>
    <message>
        <source>{target_name}: nothing was written</source>
        <translation>{target_name} : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path_name}: {kind}, not a regular file — refused, nothing was written</source>
        <translation>{path_name} : {kind}, pas un fichier ordinaire — refusé, rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>une FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy</source>
        <translation>{path_name} fait {width:,} × {height:,} pixels : trop grand pour être ouvert (au plus {millions} millions de pixels) ; enregistrez une copie plus petite</translation>
    </message>
    <message>
        <source>{path_name}: too large to open safely (Pillow&apos;s decompression-bomb limit); save a smaller copy</source>
        <translation>{path_name} : trop grand pour être ouvert sans risque (la limite de Pillow contre les bombes de décompression) ; enregistrez une copie plus petite</translation>
    </message>
    <message>
        <source>{path_name}: no such file</source>
        <translation>{path_name} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)</source>
        <translation>{path_name} n&apos;est pas une image que regviz sait lire (PNG, JPEG, BMP, GIF, TIFF, WebP)</translation>
    </message>
    <message>
        <source>{path_name} could not be read as an image: {problem}</source>
        <translation>{path_name} n&apos;a pas pu être lu comme image : {problem}</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>language {language!r}: expected a language code such as &apos;de&apos; (two or three letters a–z)</source>
        <translation>langue {language!r} : un code de langue comme &apos;de&apos; est attendu (deux ou trois lettres a–z)</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the text {text} would be changed</source>
        <translation>le texte {text} serait modifié</translation>
    </message>
    <message>
        <source>the text {text} would be removed</source>
        <translation>le texte {text} serait supprimé</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is markup; it must be plain text</source>
        <translation>&lt;{tag}&gt; est du balisage ; seul du texte brut est admis ici</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; n&apos;est pas admis (une leçon ne charge ni image ni fichier) ; le texte d&apos;une leçon admet {allowed}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed; lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; n&apos;est pas admis ; le texte d&apos;une leçon admet {allowed}</translation>
    </message>
    <message>
        <source>class {bad!r} on &lt;span&gt; is not allowed; a span&apos;s class is one of {classes}</source>
        <translation>la classe {bad!r} sur &lt;span&gt; n&apos;est pas admise ; la classe d&apos;un span est l&apos;une de {classes}</translation>
    </message>
    <message>
        <source>the link {value!r} is not allowed; a link must be an https:// address</source>
        <translation>le lien {value!r} n&apos;est pas admis ; un lien doit être une adresse https://</translation>
    </message>
    <message>
        <source>attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span&apos;s class and a link&apos;s https:// href are</source>
        <translation>l&apos;attribut {name!r} sur &lt;{tag}&gt; n&apos;est pas admis ; seuls la class d&apos;un span et le href https:// d&apos;un lien le sont</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; would be changed</source>
        <translation>&lt;{tag}&gt; serait modifié</translation>
    </message>
    <message>
        <source>its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)</source>
        <translation>son balisage est mal imbriqué près de {where} (une balise fermée dans le mauvais ordre, ou une balise dans &lt;p&gt; ?)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>the polynomial model takes one input (a 1-D data set)</source>
        <translation>le modèle polynomial prend une seule entrée (un jeu de données 1-D)</translation>
    </message>
</context>
<context>
    <name>narrator</name>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>step {step}: {narration}</source>
        <translation>pas {step} : {narration}</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>décroissance des poids</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>augmentation de données</translation>
    </message>
    <message>
        <source>adversarial training</source>
        <translation>entraînement adverse</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>arrêt précoce</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{net}: {sentence}</source>
        <translation>{net} : {sentence}</translation>
    </message>
    <message>
        <source>The loss diverged (became NaN or infinite) by step {step}: lower the learning rate or the penalty.</source>
        <translation>La perte a divergé (devenue NaN ou infinie) vers le pas {step} : baissez le taux d&apos;apprentissage ou la pénalité.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.</source>
        <translation>La perte de test remonte depuis son minimum, il y a {steps} pas, alors que la perte d&apos;entraînement a baissé : le réseau mémorise ses {points} points.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.</source>
        <translation>La perte de test remonte depuis son minimum, il y a {steps} pas, alors que la perte d&apos;entraînement a baissé : le réseau mémorise ses points d&apos;entraînement.</translation>
    </message>
    <message>
        <source>The gap between train and test loss is {gap:.2f}: {regularizer} is holding.</source>
        <translation>L&apos;écart entre perte d&apos;entraînement et perte de test est de {gap:.2f} : {regularizer} tient bon.</translation>
    </message>
    <message>
        <source>{percent:.0f} % of the weights are exactly zero.</source>
        <translation>{percent:.0f} % des poids sont exactement nuls.</translation>
    </message>
    <message>
        <source>Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.</source>
        <translation>Précision sous l&apos;attaque {attack} à ε = {epsilon:g} : {percent:.0f} %.</translation>
    </message>
    <message>
        <source>The validation loss was lowest at step {best}: early stopping goes back to the net of that step.</source>
        <translation>La perte de validation était minimale au pas {best} : l&apos;arrêt précoce revient au réseau de ce pas.</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)</source>
        <translation>exporter un notebook demande nbformat : pip install nbformat (le notebook lui-même ne demande ensuite que torch, numpy et matplotlib)</translation>
    </message>
    <message>
        <source>a race exports as a notebook one variant at a time: choose a single run first</source>
        <translation>une course s&apos;exporte en notebook une variante à la fois : choisissez d&apos;abord une seule exécution</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: the notebook trains on the CPU, as regviz&apos;s numbers do; set training.device to auto or cpu</source>
        <translation>training.device = &apos;cuda&apos; : le notebook s&apos;entraîne sur le CPU, comme regviz obtient ses chiffres ; mettez training.device à auto ou cpu</translation>
    </message>
    <message>
        <source>lesson step {number}: a live change of {key} is not one the notebook can make</source>
        <translation>étape {number} de la leçon : un changement en direct de {key} n&apos;est pas un que le notebook sait faire</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>--out {out}: cannot use it as the output folder ({reason})</source>
        <translation>--out {out} : impossible de l&apos;utiliser comme dossier de sortie ({reason})</translation>
    </message>
    <message>
        <source>another regviz run</source>
        <translation>une autre exécution de regviz</translation>
    </message>
    <message>
        <source>another regviz run (pid {pid})</source>
        <translation>une autre exécution de regviz (pid {pid})</translation>
    </message>
    <message>
        <source>--out {out}: {who} is writing there; wait for it to finish or choose another --out</source>
        <translation>--out {out} : {who} y écrit ; attendez la fin ou choisissez un autre --out</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; {kept}</source>
        <translation>impossible d&apos;écrire {path} : {reason} ; {kept}</translation>
    </message>
    <message>
        <source>the earlier results in {out} are unchanged</source>
        <translation>les résultats précédents dans {out} sont intacts</translation>
    </message>
    <message>
        <source>nothing was written to {out}</source>
        <translation>rien n&apos;a été écrit dans {out}</translation>
    </message>
    <message>
        <source>cannot write {shown}: {reason}; {kept}</source>
        <translation>impossible d&apos;écrire {shown} : {reason} ; {kept}</translation>
    </message>
    <message>
        <source>cannot move the new files into {out}: {reason}</source>
        <translation>impossible de déplacer les nouveaux fichiers dans {out} : {reason}</translation>
    </message>
    <message>
        <source>{path}: its folder is a link out of {out}</source>
        <translation>{path} : son dossier est un lien qui sort de {out}</translation>
    </message>
    <message>
        <source>not a run file name: {name!r}</source>
        <translation>pas un nom de fichier d&apos;exécution : {name!r}</translation>
    </message>
</context>
<context>
    <name>predict</name>
    <message>
        <source>answer {number} rule: key &apos;at&apos;: {at!r}: a step that does not train is answered by the run as it stands: &apos;end&apos; only</source>
        <translation>réponse {number}, règle : clé &apos;at&apos; : {at!r} : une étape qui n&apos;entraîne pas est tranchée par l&apos;exécution telle qu&apos;elle est : &apos;end&apos; seulement</translation>
    </message>
    <message>
        <source>, step {number} ({title!r})</source>
        <translation>, étape {number} ({title!r})</translation>
    </message>
    <message>
        <source>key &apos;predict&apos;: {problem}</source>
        <translation>clé &apos;predict&apos; : {problem}</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it &apos;train&apos;)</source>
        <translation>une étape de prédiction qui n&apos;entraîne pas est tranchée par l&apos;exécution telle que l&apos;ont laissée les étapes précédentes, elle garde donc leur réseau : pas de clé {key!r} (ou donnez-lui &apos;train&apos;)</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step &apos;train&apos;, or train before it</source>
        <translation>une étape de prédiction qui n&apos;entraîne pas est tranchée par l&apos;exécution telle qu&apos;elle est, et aucune étape précédente n&apos;a entraîné ce réseau : donnez &apos;train&apos; à cette étape, ou entraînez avant elle</translation>
    </message>
    <message>
        <source>expected an object with &quot;question&quot; and &quot;answers&quot;</source>
        <translation>un objet avec &quot;question&quot; et &quot;answers&quot; est attendu</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: question, answers, expected</source>
        <translation>clé inconnue {key!r} ; admises : question, answers, expected</translation>
    </message>
    <message>
        <source>no list</source>
        <translation>aucune liste</translation>
    </message>
    <message>
        <source>key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} answers, not {count}</source>
        <translation>clé &apos;answers&apos; : une liste de {min_answers} à {max_answers} réponses est attendue, pas {count}</translation>
    </message>
    <message>
        <source>key &apos;expected&apos;: the number of an answer, 1 … {answers}, not {expected!r}</source>
        <translation>clé &apos;expected&apos; : le numéro d&apos;une réponse, 1 … {answers}, pas {expected!r}</translation>
    </message>
    <message>
        <source>key {key!r}: a non-empty text is required</source>
        <translation>clé {key!r} : un texte non vide est requis</translation>
    </message>
    <message>
        <source>key {key!r}: {problem}</source>
        <translation>clé {key!r} : {problem}</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>réponse {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object with &quot;text&quot; and &quot;rule&quot; (and nothing else)</source>
        <translation>{where} : un objet avec &quot;text&quot; et &quot;rule&quot; (et rien d&apos;autre) est attendu</translation>
    </message>
    <message>
        <source>{where} text</source>
        <translation>{where}, texte</translation>
    </message>
    <message>
        <source>{where} rule: {problem}</source>
        <translation>{where}, règle : {problem}</translation>
    </message>
    <message>
        <source>key {key!r}: expected a finite number, not {value!r}</source>
        <translation>clé {key!r} : un nombre fini est attendu, pas {value!r}</translation>
    </message>
    <message>
        <source>expected an object with &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; and &quot;than&quot; or &quot;value&quot;</source>
        <translation>un objet avec &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; et &quot;than&quot; ou &quot;value&quot; est attendu</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: {names}</source>
        <translation>clé inconnue {key!r} ; admises : {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric!r}; allowed: {names}</source>
        <translation>clé &apos;metric&apos; : {metric!r} ; admises : {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric} needs a validation split (data.validation_fraction &gt; 0)</source>
        <translation>clé &apos;metric&apos; : {metric} demande une partition de validation (data.validation_fraction &gt; 0)</translation>
    </message>
    <message>
        <source>key &apos;variant&apos;: {variant!r} is not a net of this step&apos;s run; allowed: {allowed}</source>
        <translation>clé &apos;variant&apos; : {variant!r} n&apos;est pas un réseau de l&apos;exécution de cette étape ; admis : {allowed}</translation>
    </message>
    <message>
        <source>key &apos;compare&apos;: {compare!r}; allowed: {names}</source>
        <translation>clé &apos;compare&apos; : {compare!r} ; admis : {names}</translation>
    </message>
    <message>
        <source>key &apos;at&apos;: {at!r}; allowed: {names} or a step number</source>
        <translation>clé &apos;at&apos; : {at!r} ; admis : {names} ou un numéro de pas</translation>
    </message>
    <message>
        <source>give exactly one of &apos;than&apos; (another net) and &apos;value&apos; (a number)</source>
        <translation>donnez exactement un de &apos;than&apos; (un autre réseau) et &apos;value&apos; (un nombre)</translation>
    </message>
    <message>
        <source>key &apos;than&apos;: {than!r} is not another net of this step&apos;s run; allowed: {allowed}</source>
        <translation>clé &apos;than&apos; : {than!r} n&apos;est pas un autre réseau de l&apos;exécution de cette étape ; admis : {allowed}</translation>
    </message>
    <message>
        <source>key &apos;factor&apos;: expected a number above 0, not {factor!r}</source>
        <translation>clé &apos;factor&apos; : un nombre supérieur à 0 est attendu, pas {factor!r}</translation>
    </message>
    <message>
        <source>key &apos;epsilon&apos;: expected 0 … 1, not {epsilon!r}</source>
        <translation>clé &apos;epsilon&apos; : 0 … 1 attendu, pas {epsilon!r}</translation>
    </message>
    <message>
        <source>key &apos;attack&apos;: {attack!r}; allowed: {names}</source>
        <translation>clé &apos;attack&apos; : {attack!r} ; admises : {names}</translation>
    </message>
    <message>
        <source>keys &apos;epsilon&apos; and &apos;attack&apos; belong to metric attack_accuracy only</source>
        <translation>les clés &apos;epsilon&apos; et &apos;attack&apos; ne valent que pour la métrique attack_accuracy</translation>
    </message>
    <message>
        <source>{variant}: not measured in this run</source>
        <translation>{variant} : non mesuré dans cette exécution</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value}</source>
        <translation>{variant} : {value}, {other} : {other_value}</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value} (× {factor} = {bound})</source>
        <translation>{variant} : {value}, {other} : {other_value} (× {factor} = {bound})</translation>
    </message>
    <message>
        <source>{variant}: {value} (the answer says {compare} {bound})</source>
        <translation>{variant} : {value} (la réponse dit {compare} {bound})</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>step {step:,.0f}</source>
        <translation>pas {step:,.0f}</translation>
    </message>
    <message>
        <source>{where}: expected an object with keys {names}</source>
        <translation>{where} : un objet avec les clés {names} est attendu</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a text of at most {max_text} characters</source>
        <translation>{where} : clé {key!r} : un texte d&apos;au plus {max_text} caractères est attendu</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: {problem}</source>
        <translation>{where} : clé {key!r} : {problem}</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}</source>
        <translation>{where} : clé {key!r} : un nombre entier {low} … {high} est attendu, pas {value!r}</translation>
    </message>
    <message>
        <source>{where}: key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} texts</source>
        <translation>{where} : clé &apos;answers&apos; : une liste de {min_answers} à {max_answers} textes est attendue</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a list of {n} (one per answer)</source>
        <translation>{where} : clé {key!r} : une liste de {n} est attendue (une par réponse)</translation>
    </message>
    <message>
        <source>{where}: key &apos;holds&apos;: expected true, false or null per answer</source>
        <translation>{where} : clé &apos;holds&apos; : true, false ou null attendu par réponse</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>unknown preset {name!r}; presets: {names}</source>
        <translation>préréglage inconnu {name!r} ; préréglages : {names}</translation>
    </message>
    <message>
        <source>preset {name}: {problem}</source>
        <translation>préréglage {name} : {problem}</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; &apos;none:&apos; for the experiment as it is)</source>
        <translation>variante {text!r} : écrivez NOM:CLÉ=VALEUR,… (un nom fait de lettres, chiffres, -, _ ou ., ne commençant pas par . ; &apos;none:&apos; pour l&apos;expérience telle quelle)</translation>
    </message>
    <message>
        <source>variant {text!r}: {part!r} is not KEY=VALUE</source>
        <translation>variante {text!r} : {part!r} n&apos;est pas CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>a race has 2 to {max_variants} variants, not {count}</source>
        <translation>une course a de 2 à {max_variants} variantes, pas {count}</translation>
    </message>
    <message>
        <source>variant {name!r}: the name is used twice</source>
        <translation>variante {name!r} : le nom est utilisé deux fois</translation>
    </message>
    <message>
        <source>variant {name!r}: {problem}</source>
        <translation>variante {name!r} : {problem}</translation>
    </message>
    <message>
        <source>variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)</source>
        <translation>variante {name!r} : les variantes partent d&apos;un même départ, elles gardent donc les données, la taille de lot et la graine de l&apos;expérience (réglez-les pour toutes les variantes)</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps</source>
        <translation>la perte de validation ne s&apos;est jamais améliorée depuis le départ : trop peu de points de validation, ou un taux d&apos;apprentissage qui surajuste dès les premiers pas</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net&apos;s weights are back.</source>
        <translation>Arrêt précoce au pas {step:,} : {why} (minimale au pas {best:,}, le premier contrôle) ; les poids du réseau non entraîné sont rétablis.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).</source>
        <translation>Arrêt précoce au pas {step:,} : {why} (minimale au pas {best:,}, le premier contrôle).</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.</source>
        <translation>Arrêt précoce au pas {step:,} : la perte de validation était minimale au pas {best:,} ; les poids du pas {best:,} sont rétablis.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.</source>
        <translation>Arrêt précoce au pas {step:,} : la perte de validation était minimale au pas {best:,}.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>weights: {problem}</source>
        <translation>poids : {problem}</translation>
    </message>
    <message>
        <source>{name}: not a regviz session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{name} : pas une session regviz (pas de &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>{name}: session version {version!r}; this regviz reads versions 1 and {latest}</source>
        <translation>{name} : session version {version!r} ; ce regviz lit les versions 1 et {latest}</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>une session</translation>
    </message>
    <message>
        <source>{name}: config: {problem}</source>
        <translation>{name} : configuration : {problem}</translation>
    </message>
    <message>
        <source>{name}: mode {mode!r}; allowed {names}</source>
        <translation>{name} : mode {mode!r} ; admis : {names}</translation>
    </message>
    <message>
        <source>{name}: step must be a whole number from 0 to {max_step:,}, not {step}</source>
        <translation>{name} : step doit être un nombre entier de 0 à {max_step:,}, pas {step}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name}: damaged metrics or weights ({kind}: {problem})</source>
        <translation>{name} : métriques ou poids abîmés ({kind} : {problem})</translation>
    </message>
    <message>
        <source>predictions: expected a list of at most {max_kept} predictions</source>
        <translation>predictions : une liste d&apos;au plus {max_kept} prédictions est attendue</translation>
    </message>
    <message>
        <source>prediction {number}</source>
        <translation>prédiction {number}</translation>
    </message>
    <message>
        <source>predictions: {problem}</source>
        <translation>predictions : {problem}</translation>
    </message>
    <message>
        <source>a race session lists its variants under &quot;race&quot;; other sessions have none</source>
        <translation>une session de course liste ses variantes sous &quot;race&quot; ; les autres sessions n&apos;en ont pas</translation>
    </message>
    <message>
        <source>race: each variant is {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</source>
        <translation>race : chaque variante est {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</translation>
    </message>
    <message>
        <source>race: {problem}</source>
        <translation>race : {problem}</translation>
    </message>
    <message>
        <source>training_points: only 2-D data sets have editable points, not {data_name!r}</source>
        <translation>training_points : seuls les jeux de données 2-D ont des points modifiables, pas {data_name!r}</translation>
    </message>
    <message>
        <source>training_points: 2 to {limit:,} points [x, y], each with a class</source>
        <translation>training_points : de 2 à {limit:,} points [x, y], chacun avec une classe</translation>
    </message>
    <message>
        <source>training_points: every coordinate finite, every class one of 0 … {last}</source>
        <translation>training_points : chaque coordonnée finie, chaque classe l&apos;une de 0 … {last}</translation>
    </message>
    <message>
        <source>training_points: numbers only, [[x], …] and each point&apos;s y under &quot;classes&quot;</source>
        <translation>training_points : des nombres seulement, [[x], …] et le y de chaque point sous &quot;classes&quot;</translation>
    </message>
    <message>
        <source>training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y</source>
        <translation>training_points : {data_name!r} est une régression : de 2 à {limit:,} points [x], chacun avec son y</translation>
    </message>
    <message>
        <source>training_points: every x and y finite</source>
        <translation>training_points : chaque x et y finis</translation>
    </message>
    <message>
        <source>weights: a SHA-256 is missing for some net</source>
        <translation>poids : un SHA-256 manque pour un réseau</translation>
    </message>
    <message>
        <source>weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)</source>
        <translation>poids de {net!r} : le SHA-256 ne correspond pas (le fichier a été modifié ou abîmé)</translation>
    </message>
    <message>
        <source>weights for {saved}; a {mode!r} run has {nets}</source>
        <translation>poids pour {saved} ; une exécution {mode!r} a {nets}</translation>
    </message>
    <message>
        <source>the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net</source>
        <translation>les poids enregistrés ne vont pas au réseau {net!r} que construit cette configuration : {key} vaut {found} dans le fichier, {expected} dans le réseau</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>weights of {net!r}: {key}</source>
        <translation>poids de {net!r} : {key}</translation>
    </message>
    <message>
        <source>{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}</source>
        <translation>{label} doit être un seul nombre entier de 0 à {max_step:,}, pas {dtype} {value}</translation>
    </message>
    <message>
        <source>{label} is {dtype}; a net&apos;s weights are float32 or float64</source>
        <translation>{label} est {dtype} ; les poids d&apos;un réseau sont float32 ou float64</translation>
    </message>
    <message>
        <source>{label} holds {bad} (every weight must be a finite number)</source>
        <translation>{label} contient {bad} (chaque poids doit être un nombre fini)</translation>
    </message>
    <message>
        <source>{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)</source>
        <translation>{label} contient {largest:.3g} ; les poids qu&apos;entraîne regviz restent bien en deçà de ±{max_weight:.0e} (des valeurs comme 1e38 débordent quand le réseau tourne, et le taux d&apos;apprentissage serait accusé)</translation>
    </message>
    <message>
        <source>metric columns {columns}</source>
        <translation>colonnes de métriques {columns}</translation>
    </message>
    <message>
        <source>metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)</source>
        <translation>metrics : {name!r} a plus de {max_rows:,} lignes (ou n&apos;est pas une liste de lignes)</translation>
    </message>
    <message>
        <source>a row of {name!r} has the wrong length</source>
        <translation>une ligne de {name!r} n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>metrics: {name!r} row {row}: {column}</source>
        <translation>metrics : {name!r} ligne {row} : {column}</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}</source>
        <translation>{label} doit être un nombre, pas {value}</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {max_step:,}, not {value}</source>
        <translation>{label} doit aller de 0 à {max_step:,}, pas {value}</translation>
    </message>
    <message>
        <source>{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)</source>
        <translation>{label} vaut {value} ; une métrique est un nombre float32 fini (une métrique divergée est enregistrée comme null)</translation>
    </message>
    <message>
        <source>about 10^{power}</source>
        <translation>environ 10^{power}</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <source>--param {param}: unknown key</source>
        <translation>--param {param} : clé inconnue</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs} : indiquez 1 processus de travail ou plus</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>run mode {mode!r}: allowed {names}</source>
        <translation>mode d&apos;exécution {mode!r} : admis {names}</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind} : {problem}</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: no CUDA device is available here; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation>training.device = &apos;cuda&apos; : aucun périphérique CUDA n&apos;est disponible ici ; utilisez &apos;auto&apos; ou &apos;cpu&apos;</translation>
    </message>
    <message>
        <source>variant {name!r}: lockstep variants must share data, batch size and seed</source>
        <translation>variante {name!r} : des variantes en parallèle doivent partager données, taille de lot et graine</translation>
    </message>
    <message>
        <source>training points can be edited on 2-D data only</source>
        <translation>les points d&apos;entraînement ne se modifient que sur des données 2-D</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y), each with a class</source>
        <translation>points d&apos;entraînement : de 2 à {limit:,} points (x, y), chacun avec une classe</translation>
    </message>
    <message>
        <source>training points: every coordinate finite, every class one of {classes}</source>
        <translation>points d&apos;entraînement : chaque coordonnée finie, chaque classe l&apos;une de {classes}</translation>
    </message>
    <message>
        <source>saved weights for a net called {name!r}; this run has {names}</source>
        <translation>poids enregistrés pour un réseau nommé {name!r} ; cette exécution a {names}</translation>
    </message>
    <message>
        <source>saved weights do not fit the net {name!r}: {problem}</source>
        <translation>les poids enregistrés ne vont pas au réseau {name!r} : {problem}</translation>
    </message>
    <message>
        <source>{key}: cannot change while training; reset the run to change it</source>
        <translation>{key} : ne peut pas changer pendant l&apos;entraînement ; réinitialisez l&apos;exécution pour le changer</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y)</source>
        <translation>points d&apos;entraînement : de 2 à {limit:,} points (x, y)</translation>
    </message>
    <message>
        <source>training points: every x and y finite</source>
        <translation>points d&apos;entraînement : chaque x et y finis</translation>
    </message>
</context>
</TS>
