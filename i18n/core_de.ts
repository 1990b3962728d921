<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>attack</name>
    <message>
        <source>attack {kind!r}: allowed {names}</source>
        <translation>Angriff {kind!r}: erlaubt sind {names}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>regviz: error: {problem}</source>
        <translation>regviz: Fehler: {problem}</translation>
    </message>
    <message>
        <source>regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held</source>
        <translation>regviz: durch ein zweites {signal} angehalten, bevor die Dateien geschrieben waren; der Ausgabeordner behält, was er enthielt</translation>
    </message>
    <message>
        <source>--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r}: erwartet werden Zahlen, durch Kommas getrennt, z. B. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r}: mindestens ein ε angeben, z. B. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: each ε must be in 0 … 1</source>
        <translation>--robustness {text!r}: jedes ε muss in 0 … 1 liegen</translation>
    </message>
    <message>
        <source>--attack {text!r}: a comma-separated list of fgsm, pgd</source>
        <translation>--attack {text!r}: eine durch Kommas getrennte Liste aus fgsm, pgd</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before training started; nothing was written</source>
        <translation>regviz: unterbrochen ({signal}), bevor das Training begann; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says &quot;interrupted&quot;: true)</source>
        <translation>regviz: unterbrochen ({signal}) {done}; was lief, liegt in {out} (seine Zusammenfassung sagt &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>--robustness: applies to classification; data.name {data_name!r} is a regression</source>
        <translation>--robustness: gilt nur für Klassifikation; data.name {data_name!r} ist eine Regression</translation>
    </message>
    <message>
        <source>at step {step:,} of {steps:,}</source>
        <translation>bei Schritt {step:,} von {steps:,}</translation>
    </message>
    <message>
        <source>regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.</source>
        <translation>regviz: der Verlust ist bis Schritt {step:,} divergiert (NaN oder unendlich geworden); das Training wurde dort beendet. Senke training.lr (jetzt {lr:g}) oder die Strafe λ und starte neu. metrics.csv und summary.json liegen in {out}.</translation>
    </message>
    <message>
        <source>{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}</source>
        <translation>{name}: Trainings-MSE {train:.4f}, Test-MSE {test:.4f}, Test-R² {score:.3f} -&gt; {out}</translation>
    </message>
    <message>
        <source>{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}</source>
        <translation>{name}: Trainingsverlust {train:.4f}, Testverlust {test:.4f}, Testgenauigkeit {score:.1%} -&gt; {out}</translation>
    </message>
    <message>
        <source>--values: give at least one value, e.g. 0,0.001,0.01</source>
        <translation>--values: mindestens einen Wert angeben, z. B. 0,0.001,0.01</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs}: 1 oder mehr Worker-Prozesse angeben</translation>
    </message>
    <message>
        <source>{name}: {count} values of {param} -&gt; {out}</source>
        <translation>{name}: {count} Werte von {param} -&gt; {out}</translation>
    </message>
    <message>
        <source>--variant: {problem}</source>
        <translation>--variant: {problem}</translation>
    </message>
    <message>
        <source>{net} diverged</source>
        <translation>{net} divergiert</translation>
    </message>
    <message>
        <source>{name}: {count} variants, test loss {finals} -&gt; {out}</source>
        <translation>{name}: {count} Varianten, Testverlust {finals} -&gt; {out}</translation>
    </message>
    <message>
        <source>regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant&apos;s summary.json are in {out}.</source>
        <translation>regviz: der Verlust von {nets} ist bis Schritt {step:,} divergiert (NaN oder unendlich geworden); das Rennen wurde dort beendet. Senke training.lr oder die Strafe λ und starte neu. compare.csv und die summary.json jeder Variante liegen in {out}.</translation>
    </message>
    <message>
        <source>--variant {name}: the race writes its own compare.csv there; choose another name</source>
        <translation>--variant {name}: das Rennen schreibt dort seine eigene compare.csv; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>ein Link</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out</source>
        <translation>--variant {name}: {where} ist {kind}, kein Ordner, in den das Rennen seine summary.json schreiben kann; wähle einen anderen Namen oder --out</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the script there ({reason})</source>
        <translation>--out {out}: das Skript kann dort nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: script -&gt; {out}</source>
        <translation>{name}: Skript -&gt; {out}</translation>
    </message>
    <message>
        <source>export-notebook --lesson: a lesson sets its own config; --set is for an experiment</source>
        <translation>export-notebook --lesson: eine Lektion legt ihre Konfiguration selbst fest; --set ist für ein Experiment</translation>
    </message>
    <message>
        <source>--steps {steps}: expected 0 or more</source>
        <translation>--steps {steps}: erwartet wird 0 oder mehr</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the notebook there ({reason})</source>
        <translation>--out {out}: das Notebook kann dort nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{name}: notebook -&gt; {out}</source>
        <translation>{name}: Notebook -&gt; {out}</translation>
    </message>
    <message>
        <source>--lang {option!r}: the lessons speak {languages}</source>
        <translation>--lang {option!r}: Die Lektionen gibt es auf {languages}</translation>
    </message>
    <message>
        <source>--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720</source>
        <translation>--size {size!r}: erwartet wird BREITExHÖHE, jeweils {low} … {high} Pixel, z. B. 1280x720</translation>
    </message>
    <message>
        <source>render-lesson: name one lesson (or a lesson file), or give --all</source>
        <translation>render-lesson: nenne eine Lektion (oder eine Lektionsdatei) oder gib --all an</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before the first step was rendered; nothing was written</source>
        <translation>regviz: unterbrochen ({signal}), bevor der erste Schritt gerendert war; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says &quot;interrupted&quot;: true)</source>
        <translation>regviz: unterbrochen ({signal}); die PNGs der fertigen Schritte liegen in {out}, index.html wurde nicht geschrieben (summary.json sagt &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>{count} steps -&gt; {out}</source>
        <translation>{count} Schritte -&gt; {out}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>{path!r}: not a file name</source>
        <translation>{path!r}: kein Dateiname</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label}: kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows</source>
        <translation>{label}: größer als {megabytes} MB; ein Datensatz hat höchstens {max_rows:,} Zeilen</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL bytes)</source>
        <translation>{label}: eine Binärdatei, kein CSV-Text (sie enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>{label}, Zeile {row}: kein UTF-8-Text (Byte {start}); speichere die Tabelle als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL characters)</source>
        <translation>{label}: eine Binärdatei, kein CSV-Text (sie enthält NUL-Zeichen)</translation>
    </message>
    <message>
        <source>{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}</source>
        <translation>{label}, Zeile {number}: {length:,} Zeichen lang; eine Zeile eines Datensatzes hat höchstens {max_line:,}</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows</source>
        <translation>{label}: leer; erwartet werden eine Kopfzeile x1,x2,label (oder x,y) und {min_rows}+ Zeilen</translation>
    </message>
    <message>
        <source>{label}, row {row}: not CSV ({problem})</source>
        <translation>{label}, Zeile {row}: kein CSV ({problem})</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y)</source>
        <translation>{label}: leer; erwartet wird eine Kopfzeile x1,x2,label (oder x,y)</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)</source>
        <translation>{label}, Zeile {header_row}: keine Kopfzeile; die erste Zeile muss die Spalten x1,x2,label (oder x,y) benennen</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}</source>
        <translation>{label}, Zeile {header_row}: keine Spalte {missing!r}; die Kopfzeile muss x1,x2,label (eine Klasse je Punkt) oder x,y (Regression) benennen, gefunden: {found}</translation>
    </message>
    <message>
        <source>{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points</source>
        <translation>{label}, Zeile {row}: mehr als {max_rows:,} Zeilen; ein Datensatz hat höchstens {max_rows:,} Punkte</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})</source>
        <translation>{label}, Zeile {row}, Spalte {name!r}: fehlt ({values} Werte, die Kopfzeile nennt {columns}; Trennzeichen {delimiter!r})</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by &apos;;&apos;)</source>
        <translation>{label}, Zeile {row}: {values} Werte, die Kopfzeile nennt {columns} (ein Dezimalkomma in einer durch Kommas getrennten Datei? setze die Zahlen in Anführungszeichen oder trenne mit &apos;;&apos;)</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns}</source>
        <translation>{label}, Zeile {row}: {values} Werte, die Kopfzeile nennt {columns}</translation>
    </message>
    <message>
        <source>{label}: {rows} rows of data; a data set needs at least {min_rows}</source>
        <translation>{label}: {rows} Datenzeilen; ein Datensatz braucht mindestens {min_rows}</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: empty; every point needs a number there</source>
        <translation>{label}, Zeile {row}, Spalte {column!r}: leer; jeder Punkt braucht dort eine Zahl</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a finite number</source>
        <translation>{label}, Zeile {row}, Spalte {column!r}: {text!r} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a number</source>
        <translation>{label}, Zeile {row}, Spalte {column!r}: {text!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)</source>
        <translation>{label}, Zeile {row}, Spalte {column!r}: {text!r} ist zu groß (keine endliche Zahl)</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: empty; every point needs its class</source>
        <translation>{label}, Zeile {row}, Spalte &apos;label&apos;: leer; jeder Punkt braucht seine Klasse</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class name (at most {max_name} characters, one line)</source>
        <translation>{label}, Zeile {row}, Spalte &apos;label&apos;: {text!r} ist kein Klassenname (höchstens {max_name} Zeichen, eine Zeile)</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})</source>
        <translation>{label}, Spalte &apos;label&apos;: jeder Punkt hat die Klasse {name!r}; ein Klassifikator braucht zwei oder mehr Klassen (höchstens {max_classes})</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; whole-number labels are the classes 0 … {last}</source>
        <translation>{label}, Zeile {row}, Spalte &apos;label&apos;: {text!r} ist keine Klasse; ganzzahlige Labels sind die Klassen 0 … {last}</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point</source>
        <translation>{label}, Spalte &apos;label&apos;: kein Punkt hat die Klasse {absent}; ganzzahlige Labels sind die Klassen 0 … K−1, jede mit einem Punkt</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has</source>
        <translation>{label}, Zeile {row}, Spalte &apos;label&apos;: {text!r} ist keine Klasse; die Datei nennt bereits {max_classes} ({names}), so viele hat ein Datensatz höchstens</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out</source>
        <translation>data.validation_fraction = {fraction:g}: {n} Trainingsbeispiele sind zu wenige, um welche zurückzuhalten</translation>
    </message>
    <message>
        <source>{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.</source>
        <translation>{name} fehlt oder ist unvollständig in {folder!r} ({why}). regviz lädt nie Daten herunter: kopiere den ganzen torchvision-Ordner {name} dorthin.</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}</source>
        <translation>seine Dateien enthalten {images:,} Bilder der Form {shape} und {labels:,} Labels, nicht Bilder der Form {expected} mit je einer Klasse 0–{last}</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: this data set has {examples} examples</source>
        <translation>data.train_size + data.test_size = {total}: dieser Datensatz hat {examples} Beispiele</translation>
    </message>
</context>
<context>
    <name>experiment_line</name>
    <message>
        <source>experiment line: {length:,} characters with the data set&apos;s {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)</source>
        <translation>Experimentzeile: {length:,} Zeichen mit den {points:,} Punkten des Datensatzes, mehr als die {max_line:,}, die eine Zeile haben darf — teile stattdessen die Sitzung (Datei ▸ Sitzung speichern)</translation>
    </message>
    <message>
        <source>not a regviz experiment line (it starts with {prefix!r})</source>
        <translation>keine regviz-Experimentzeile (sie beginnt mit {prefix!r})</translation>
    </message>
    <message>
        <source>experiment line: {length:,} characters; a regviz line has at most {max_line:,}</source>
        <translation>Experimentzeile: {length:,} Zeichen; eine regviz-Zeile hat höchstens {max_line:,}</translation>
    </message>
    <message>
        <source>experiment line version {version!r}; this regviz reads version {latest}</source>
        <translation>Experimentzeile Version {version!r}; dieses regviz liest Version {latest}</translation>
    </message>
    <message>
        <source>experiment line: damaged (copy the whole line, nothing added)</source>
        <translation>Experimentzeile: beschädigt (kopiere die ganze Zeile, ohne Zusätze)</translation>
    </message>
    <message>
        <source>experiment line: inflates to more than {max_json:,} bytes</source>
        <translation>Experimentzeile: entpackt mehr als {max_json:,} Bytes</translation>
    </message>
    <message>
        <source>experiment line: cut short (copy the whole line)</source>
        <translation>Experimentzeile: abgeschnitten (kopiere die ganze Zeile)</translation>
    </message>
    <message>
        <source>experiment line: something follows its data (copy the line alone, nothing added)</source>
        <translation>Experimentzeile: nach ihren Daten folgt noch etwas (kopiere nur die Zeile, ohne Zusätze)</translation>
    </message>
    <message>
        <source>experiment line: damaged (not UTF-8 inside)</source>
        <translation>Experimentzeile: beschädigt (innen kein UTF-8)</translation>
    </message>
    <message>
        <source>experiment line</source>
        <translation>Experimentzeile</translation>
    </message>
    <message>
        <source>a one-line experiment</source>
        <translation>ein einzeiliges Experiment</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>{label}: {kind}, not a file — regviz reads only regular files</source>
        <translation>{label}: {kind}, keine Datei — regviz liest nur reguläre Dateien</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label}: kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB — not a file regviz wrote or reads</source>
        <translation>{label}: größer als {megabytes} MB — keine Datei, die regviz schreibt oder liest</translation>
    </message>
    <message>
        <source>{label}: cannot read it (not UTF-8 text: {reason} at byte {start})</source>
        <translation>{label}: kann nicht gelesen werden (kein UTF-8-Text: {reason} bei Byte {start})</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}: {problem})</source>
        <translation>{label}: kein gültiges JSON (Zeile {line}: {problem})</translation>
    </message>
    <message>
        <source>{label}: nested too deeply (more than {max_depth} levels)</source>
        <translation>{label}: zu tief verschachtelt (mehr als {max_depth} Ebenen)</translation>
    </message>
    <message>
        <source>{label}: holds a number with thousands of digits</source>
        <translation>{label}: enthält eine Zahl mit Tausenden von Ziffern</translation>
    </message>
    <message>
        <source>{target_name}: nothing was written</source>
        <translation>{target_name}: es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>{path_name}: {kind}, not a regular file — refused, nothing was written</source>
        <translation>{path_name}: {kind}, keine reguläre Datei — abgelehnt, es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy</source>
        <translation>{path_name} hat {width:,} × {height:,} Pixel: zu groß zum Öffnen (höchstens {millions} Millionen Pixel); speichere eine kleinere Kopie</translation>
    </message>
    <message>
        <source>{path_name}: too large to open safely (Pillow&apos;s decompression-bomb limit); save a smaller copy</source>
        <translation>{path_name}: zu groß, um es sicher zu öffnen (Pillows Grenze gegen Dekompressionsbomben); speichere eine kleinere Kopie</translation>
    </message>
    <message>
        <source>{path_name}: no such file</source>
        <translation>{path_name}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)</source>
        <translation>{path_name} ist kein Bild, das regviz lesen kann (PNG, JPEG, BMP, GIF, TIFF, WebP)</translation>
    </message>
    <message>
        <source>{path_name} could not be read as an image: {problem}</source>
        <translation>{path_name} konnte nicht als Bild gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>language {language!r}: expected a language code such as &apos;de&apos; (two or three letters a–z)</source>
        <translation>Sprache {language!r}: erwartet wird ein Sprachcode wie &apos;de&apos; (zwei oder drei Buchstaben a–z)</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the text {text} would be changed</source>
        <translation>der Text {text} würde verändert</translation>
    </message>
    <message>
        <source>the text {text} would be removed</source>
        <translation>der Text {text} würde entfernt</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is markup; it must be plain text</source>
        <translation>&lt;{tag}&gt; ist Markup; hier ist nur reiner Text erlaubt</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; ist nicht erlaubt (eine Lektion lädt kein Bild und keine Datei); Lektionstext erlaubt {allowed}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed; lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; ist nicht erlaubt; Lektionstext erlaubt {allowed}</translation>
    </message>
    <message>
        <source>class {bad!r} on &lt;span&gt; is not allowed; a span&apos;s class is one of {classes}</source>
        <translation>die Klasse {bad!r} an &lt;span&gt; ist nicht erlaubt; die Klasse eines span ist eine von {classes}</translation>
    </message>
    <message>
        <source>the link {value!r} is not allowed; a link must be an https:// address</source>
        <translation>der Link {value!r} ist nicht erlaubt; ein Link muss eine https://-Adresse sein</translation>
    </message>
    <message>
        <source>attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span&apos;s class and a link&apos;s https:// href are</source>
        <translation>das Attribut {name!r} an &lt;{tag}&gt; ist nicht erlaubt; erlaubt sind nur die class eines span und die https://-href eines Links</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; would be changed</source>
        <translation>&lt;{tag}&gt; würde verändert</translation>
    </message>
    <message>
        <source>its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)</source>
        <translation>das Markup ist bei {where} nicht sauber verschachtelt (ein Tag in falscher Reihenfolge geschlossen, oder eines innerhalb von &lt;p&gt;?)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>the polynomial model takes one input (a 1-D data set)</source>
        <translation>das Polynommodell nimmt eine Eingabe (einen 1-D-Datensatz)</translation>
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
        <translation>Schritt {step}: {narration}</translation>
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
        <translation>Weight Decay</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>adversarial training</source>
        <translation>adversariales Training</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>Early Stopping</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{net}: {sentence}</source>
        <translation>{net}: {sentence}</translation>
    </message>
    <message>
        <source>The loss diverged (became NaN or infinite) by step {step}: lower the learning rate or the penalty.</source>
        <translation>Der Verlust ist divergiert (NaN oder unendlich geworden) bis Schritt {step}: senke die Lernrate oder die Strafe.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.</source>
        <translation>Der Testverlust steigt seit seinem Tiefstwert vor {steps} Schritten, während der Trainingsverlust gefallen ist: das Netz lernt seine {points} Punkte auswendig.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.</source>
        <translation>Der Testverlust steigt seit seinem Tiefstwert vor {steps} Schritten, während der Trainingsverlust gefallen ist: das Netz lernt seine Trainingspunkte auswendig.</translation>
    </message>
    <message>
        <source>The gap between train and test loss is {gap:.2f}: {regularizer} is holding.</source>
        <translation>Die Lücke zwischen Trainings- und Testverlust beträgt {gap:.2f}: {regularizer} hält stand.</translation>
    </message>
    <message>
        <source>{percent:.0f} % of the weights are exactly zero.</source>
        <translation>{percent:.0f} % der Gewichte sind genau null.</translation>
    </message>
    <message>
        <source>Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.</source>
        <translation>Genauigkeit unter dem {attack}-Angriff bei ε = {epsilon:g}: {percent:.0f} %.</translation>
    </message>
    <message>
        <source>The validation loss was lowest at step {best}: early stopping goes back to the net of that step.</source>
        <translation>Der Validierungsverlust war bei Schritt {best} am niedrigsten: Early Stopping kehrt zum Netz dieses Schritts zurück.</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)</source>
        <translation>ein Notebook zu exportieren braucht nbformat: pip install nbformat (das Notebook selbst braucht dann nur torch, numpy und matplotlib)</translation>
    </message>
    <message>
        <source>a race exports as a notebook one variant at a time: choose a single run first</source>
        <translation>ein Rennen wird als Notebook eine Variante nach der anderen exportiert: wähle zuerst einen einzelnen Lauf</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: the notebook trains on the CPU, as regviz&apos;s numbers do; set training.device to auto or cpu</source>
        <translation>training.device = &apos;cuda&apos;: das Notebook trainiert auf der CPU, wie auch regviz seine Zahlen bekommt; setze training.device auf auto oder cpu</translation>
    </message>
    <message>
        <source>lesson step {number}: a live change of {key} is not one the notebook can make</source>
        <translation>Lektionsschritt {number}: eine Live-Änderung von {key} kann das Notebook nicht nachbilden</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>--out {out}: cannot use it as the output folder ({reason})</source>
        <translation>--out {out}: kann nicht als Ausgabeordner verwendet werden ({reason})</translation>
    </message>
    <message>
        <source>another regviz run</source>
        <translation>ein anderer regviz-Lauf</translation>
    </message>
    <message>
        <source>another regviz run (pid {pid})</source>
        <translation>ein anderer regviz-Lauf (PID {pid})</translation>
    </message>
    <message>
        <source>--out {out}: {who} is writing there; wait for it to finish or choose another --out</source>
        <translation>--out {out}: {who} schreibt dort; warte, bis er fertig ist, oder wähle ein anderes --out</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; {kept}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}; {kept}</translation>
    </message>
    <message>
        <source>the earlier results in {out} are unchanged</source>
        <translation>die früheren Ergebnisse in {out} sind unverändert</translation>
    </message>
    <message>
        <source>nothing was written to {out}</source>
        <translation>nach {out} wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot write {shown}: {reason}; {kept}</source>
        <translation>{shown} kann nicht geschrieben werden: {reason}; {kept}</translation>
    </message>
    <message>
        <source>cannot move the new files into {out}: {reason}</source>
        <translation>die neuen Dateien können nicht nach {out} verschoben werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: its folder is a link out of {out}</source>
        <translation>{path}: sein Ordner ist ein Link aus {out} hinaus</translation>
    </message>
    <message>
        <source>not a run file name: {name!r}</source>
        <translation>kein Dateiname eines Laufs: {name!r}</translation>
    </message>
</context>
<context>
    <name>predict</name>
    <message>
        <source>answer {number} rule: key &apos;at&apos;: {at!r}: a step that does not train is answered by the run as it stands: &apos;end&apos; only</source>
        <translation>Antwort {number}, Regel: Schlüssel &apos;at&apos;: {at!r}: ein Schritt, der nicht trainiert, wird vom Lauf beantwortet, wie er gerade steht: nur &apos;end&apos;</translation>
    </message>
    <message>
        <source>, step {number} ({title!r})</source>
        <translation>, Schritt {number} ({title!r})</translation>
    </message>
    <message>
        <source>key &apos;predict&apos;: {problem}</source>
        <translation>Schlüssel &apos;predict&apos;: {problem}</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it &apos;train&apos;)</source>
        <translation>ein Vorhersageschritt, der nicht trainiert, wird vom Lauf beantwortet, wie ihn die früheren Schritte hinterlassen haben, also behält er deren Netz: kein Schlüssel {key!r} (oder gib ihm &apos;train&apos;)</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step &apos;train&apos;, or train before it</source>
        <translation>ein Vorhersageschritt, der nicht trainiert, wird vom Lauf beantwortet, wie er gerade steht, und kein früherer Schritt hat dieses Netz trainiert: gib diesem Schritt &apos;train&apos; oder trainiere davor</translation>
    </message>
    <message>
        <source>expected an object with &quot;question&quot; and &quot;answers&quot;</source>
        <translation>erwartet wird ein Objekt mit &quot;question&quot; und &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: question, answers, expected</source>
        <translation>unbekannter Schlüssel {key!r}; erlaubt: question, answers, expected</translation>
    </message>
    <message>
        <source>no list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} answers, not {count}</source>
        <translation>Schlüssel &apos;answers&apos;: erwartet wird eine Liste mit {min_answers} bis {max_answers} Antworten, nicht {count}</translation>
    </message>
    <message>
        <source>key &apos;expected&apos;: the number of an answer, 1 … {answers}, not {expected!r}</source>
        <translation>Schlüssel &apos;expected&apos;: die Nummer einer Antwort, 1 … {answers}, nicht {expected!r}</translation>
    </message>
    <message>
        <source>key {key!r}: a non-empty text is required</source>
        <translation>Schlüssel {key!r}: ein nicht leerer Text ist nötig</translation>
    </message>
    <message>
        <source>key {key!r}: {problem}</source>
        <translation>Schlüssel {key!r}: {problem}</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>Antwort {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object with &quot;text&quot; and &quot;rule&quot; (and nothing else)</source>
        <translation>{where}: erwartet wird ein Objekt mit &quot;text&quot; und &quot;rule&quot; (und nichts sonst)</translation>
    </message>
    <message>
        <source>{where} text</source>
        <translation>{where}, Text</translation>
    </message>
    <message>
        <source>{where} rule: {problem}</source>
        <translation>{where}, Regel: {problem}</translation>
    </message>
    <message>
        <source>key {key!r}: expected a finite number, not {value!r}</source>
        <translation>Schlüssel {key!r}: erwartet wird eine endliche Zahl, nicht {value!r}</translation>
    </message>
    <message>
        <source>expected an object with &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; and &quot;than&quot; or &quot;value&quot;</source>
        <translation>erwartet wird ein Objekt mit &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; und &quot;than&quot; oder &quot;value&quot;</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: {names}</source>
        <translation>unbekannter Schlüssel {key!r}; erlaubt: {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric!r}; allowed: {names}</source>
        <translation>Schlüssel &apos;metric&apos;: {metric!r}; erlaubt: {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric} needs a validation split (data.validation_fraction &gt; 0)</source>
        <translation>Schlüssel &apos;metric&apos;: {metric} braucht eine Validierungsaufteilung (data.validation_fraction &gt; 0)</translation>
    </message>
    <message>
        <source>key &apos;variant&apos;: {variant!r} is not a net of this step&apos;s run; allowed: {allowed}</source>
        <translation>Schlüssel &apos;variant&apos;: {variant!r} ist kein Netz des Laufs dieses Schritts; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>key &apos;compare&apos;: {compare!r}; allowed: {names}</source>
        <translation>Schlüssel &apos;compare&apos;: {compare!r}; erlaubt: {names}</translation>
    </message>
    <message>
        <source>key &apos;at&apos;: {at!r}; allowed: {names} or a step number</source>
        <translation>Schlüssel &apos;at&apos;: {at!r}; erlaubt: {names} oder eine Schrittnummer</translation>
    </message>
    <message>
        <source>give exactly one of &apos;than&apos; (another net) and &apos;value&apos; (a number)</source>
        <translation>gib genau eines von &apos;than&apos; (ein anderes Netz) und &apos;value&apos; (eine Zahl) an</translation>
    </message>
    <message>
        <source>key &apos;than&apos;: {than!r} is not another net of this step&apos;s run; allowed: {allowed}</source>
        <translation>Schlüssel &apos;than&apos;: {than!r} ist kein anderes Netz des Laufs dieses Schritts; erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>key &apos;factor&apos;: expected a number above 0, not {factor!r}</source>
        <translation>Schlüssel &apos;factor&apos;: erwartet wird eine Zahl über 0, nicht {factor!r}</translation>
    </message>
    <message>
        <source>key &apos;epsilon&apos;: expected 0 … 1, not {epsilon!r}</source>
        <translation>Schlüssel &apos;epsilon&apos;: erwartet wird 0 … 1, nicht {epsilon!r}</translation>
    </message>
    <message>
        <source>key &apos;attack&apos;: {attack!r}; allowed: {names}</source>
        <translation>Schlüssel &apos;attack&apos;: {attack!r}; erlaubt: {names}</translation>
    </message>
    <message>
        <source>keys &apos;epsilon&apos; and &apos;attack&apos; belong to metric attack_accuracy only</source>
        <translation>die Schlüssel &apos;epsilon&apos; und &apos;attack&apos; gehören nur zur Metrik attack_accuracy</translation>
    </message>
    <message>
        <source>{variant}: not measured in this run</source>
        <translation>{variant}: in diesem Lauf nicht gemessen</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value}</source>
        <translation>{variant}: {value}, {other}: {other_value}</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value} (× {factor} = {bound})</source>
        <translation>{variant}: {value}, {other}: {other_value} (× {factor} = {bound})</translation>
    </message>
    <message>
        <source>{variant}: {value} (the answer says {compare} {bound})</source>
        <translation>{variant}: {value} (die Antwort sagt {compare} {bound})</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>step {step:,.0f}</source>
        <translation>Schritt {step:,.0f}</translation>
    </message>
    <message>
        <source>{where}: expected an object with keys {names}</source>
        <translation>{where}: erwartet wird ein Objekt mit den Schlüsseln {names}</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a text of at most {max_text} characters</source>
        <translation>{where}: Schlüssel {key!r}: erwartet wird ein Text von höchstens {max_text} Zeichen</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: {problem}</source>
        <translation>{where}: Schlüssel {key!r}: {problem}</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}</source>
        <translation>{where}: Schlüssel {key!r}: erwartet wird eine ganze Zahl {low} … {high}, nicht {value!r}</translation>
    </message>
    <message>
        <source>{where}: key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} texts</source>
        <translation>{where}: Schlüssel &apos;answers&apos;: erwartet wird eine Liste mit {min_answers} bis {max_answers} Texten</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a list of {n} (one per answer)</source>
        <translation>{where}: Schlüssel {key!r}: erwartet wird eine Liste mit {n} Einträgen (einer je Antwort)</translation>
    </message>
    <message>
        <source>{where}: key &apos;holds&apos;: expected true, false or null per answer</source>
        <translation>{where}: Schlüssel &apos;holds&apos;: erwartet wird true, false oder null je Antwort</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>unknown preset {name!r}; presets: {names}</source>
        <translation>unbekannte Voreinstellung {name!r}; Voreinstellungen: {names}</translation>
    </message>
    <message>
        <source>preset {name}: {problem}</source>
        <translation>Voreinstellung {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; &apos;none:&apos; for the experiment as it is)</source>
        <translation>Variante {text!r}: schreibe NAME:SCHLÜSSEL=WERT,… (ein Name aus Buchstaben, Ziffern, -, _ oder ., der nicht mit . beginnt; &apos;none:&apos; für das Experiment, wie es ist)</translation>
    </message>
    <message>
        <source>variant {text!r}: {part!r} is not KEY=VALUE</source>
        <translation>Variante {text!r}: {part!r} ist nicht SCHLÜSSEL=WERT</translation>
    </message>
    <message>
        <source>a race has 2 to {max_variants} variants, not {count}</source>
        <translation>ein Rennen hat 2 bis {max_variants} Varianten, nicht {count}</translation>
    </message>
    <message>
        <source>variant {name!r}: the name is used twice</source>
        <translation>Variante {name!r}: der Name kommt zweimal vor</translation>
    </message>
    <message>
        <source>variant {name!r}: {problem}</source>
        <translation>Variante {name!r}: {problem}</translation>
    </message>
    <message>
        <source>variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)</source>
        <translation>Variante {name!r}: Varianten starten gemeinsam, also behalten sie Daten, Batchgröße und Seed des Experiments (setze diese für alle Varianten)</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps</source>
        <translation>der Validierungsverlust hat sich gegenüber dem Start nie verbessert: zu wenige Validierungspunkte oder eine Lernrate, die ab den ersten Schritten überanpasst</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net&apos;s weights are back.</source>
        <translation>Early Stopping bei Schritt {step:,}: {why} (am niedrigsten bei Schritt {best:,}, der ersten Prüfung); die Gewichte des untrainierten Netzes sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).</source>
        <translation>Early Stopping bei Schritt {step:,}: {why} (am niedrigsten bei Schritt {best:,}, der ersten Prüfung).</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.</source>
        <translation>Early Stopping bei Schritt {step:,}: der Validierungsverlust war bei Schritt {best:,} am niedrigsten; die Gewichte von Schritt {best:,} sind wiederhergestellt.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.</source>
        <translation>Early Stopping bei Schritt {step:,}: der Validierungsverlust war bei Schritt {best:,} am niedrigsten.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>weights: {problem}</source>
        <translation>Gewichte: {problem}</translation>
    </message>
    <message>
        <source>{name}: not a regviz session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{name}: keine regviz-Sitzung (kein &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>{name}: session version {version!r}; this regviz reads versions 1 and {latest}</source>
        <translation>{name}: Sitzungsversion {version!r}; dieses regviz liest die Versionen 1 und {latest}</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>{name}: config: {problem}</source>
        <translation>{name}: Konfiguration: {problem}</translation>
    </message>
    <message>
        <source>{name}: mode {mode!r}; allowed {names}</source>
        <translation>{name}: Modus {mode!r}; erlaubt: {names}</translation>
    </message>
    <message>
        <source>{name}: step must be a whole number from 0 to {max_step:,}, not {step}</source>
        <translation>{name}: step muss eine ganze Zahl von 0 bis {max_step:,} sein, nicht {step}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: damaged metrics or weights ({kind}: {problem})</source>
        <translation>{name}: beschädigte Metriken oder Gewichte ({kind}: {problem})</translation>
    </message>
    <message>
        <source>predictions: expected a list of at most {max_kept} predictions</source>
        <translation>predictions: erwartet wird eine Liste mit höchstens {max_kept} Vorhersagen</translation>
    </message>
    <message>
        <source>prediction {number}</source>
        <translation>Vorhersage {number}</translation>
    </message>
    <message>
        <source>predictions: {problem}</source>
        <translation>predictions: {problem}</translation>
    </message>
    <message>
        <source>a race session lists its variants under &quot;race&quot;; other sessions have none</source>
        <translation>eine Rennsitzung führt ihre Varianten unter &quot;race&quot;; andere Sitzungen haben keine</translation>
    </message>
    <message>
        <source>race: each variant is {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</source>
        <translation>race: jede Variante ist {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</translation>
    </message>
    <message>
        <source>race: {problem}</source>
        <translation>race: {problem}</translation>
    </message>
    <message>
        <source>training_points: only 2-D data sets have editable points, not {data_name!r}</source>
        <translation>training_points: nur 2-D-Datensätze haben bearbeitbare Punkte, nicht {data_name!r}</translation>
    </message>
    <message>
        <source>training_points: 2 to {limit:,} points [x, y], each with a class</source>
        <translation>training_points: 2 bis {limit:,} Punkte [x, y], jeder mit einer Klasse</translation>
    </message>
    <message>
        <source>training_points: every coordinate finite, every class one of 0 … {last}</source>
        <translation>training_points: jede Koordinate endlich, jede Klasse eine von 0 … {last}</translation>
    </message>
    <message>
        <source>training_points: numbers only, [[x], …] and each point&apos;s y under &quot;classes&quot;</source>
        <translation>training_points: nur Zahlen, [[x], …] und das y jedes Punkts unter &quot;classes&quot;</translation>
    </message>
    <message>
        <source>training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y</source>
        <translation>training_points: {data_name!r} ist eine Regression: 2 bis {limit:,} Punkte [x], jeder mit seinem y</translation>
    </message>
    <message>
        <source>training_points: every x and y finite</source>
        <translation>training_points: jedes x und y endlich</translation>
    </message>
    <message>
        <source>weights: a SHA-256 is missing for some net</source>
        <translation>Gewichte: für ein Netz fehlt ein SHA-256</translation>
    </message>
    <message>
        <source>weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)</source>
        <translation>Gewichte von {net!r}: der SHA-256 stimmt nicht (die Datei wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>weights for {saved}; a {mode!r} run has {nets}</source>
        <translation>Gewichte für {saved}; ein Lauf im Modus {mode!r} hat {nets}</translation>
    </message>
    <message>
        <source>the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net</source>
        <translation>die gespeicherten Gewichte passen nicht zum Netz {net!r}, das diese Konfiguration baut: {key} ist {found} in der Datei, {expected} im Netz</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>weights of {net!r}: {key}</source>
        <translation>Gewichte von {net!r}: {key}</translation>
    </message>
    <message>
        <source>{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}</source>
        <translation>{label} muss eine einzige ganze Zahl von 0 bis {max_step:,} sein, nicht {dtype} {value}</translation>
    </message>
    <message>
        <source>{label} is {dtype}; a net&apos;s weights are float32 or float64</source>
        <translation>{label} ist {dtype}; die Gewichte eines Netzes sind float32 oder float64</translation>
    </message>
    <message>
        <source>{label} holds {bad} (every weight must be a finite number)</source>
        <translation>{label} enthält {bad} (jedes Gewicht muss eine endliche Zahl sein)</translation>
    </message>
    <message>
        <source>{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)</source>
        <translation>{label} enthält {largest:.3g}; Gewichte, die regviz trainiert, bleiben weit innerhalb von ±{max_weight:.0e} (Werte wie 1e38 laufen im Netz über, und die Lernrate bekäme die Schuld)</translation>
    </message>
    <message>
        <source>metric columns {columns}</source>
        <translation>Metrikspalten {columns}</translation>
    </message>
    <message>
        <source>metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)</source>
        <translation>metrics: {name!r} hat mehr als {max_rows:,} Zeilen (oder ist keine Liste von Zeilen)</translation>
    </message>
    <message>
        <source>a row of {name!r} has the wrong length</source>
        <translation>eine Zeile von {name!r} hat die falsche Länge</translation>
    </message>
    <message>
        <source>metrics: {name!r} row {row}: {column}</source>
        <translation>metrics: {name!r} Zeile {row}: {column}</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}</source>
        <translation>{label} muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {max_step:,}, not {value}</source>
        <translation>{label} muss von 0 bis {max_step:,} reichen, nicht {value}</translation>
    </message>
    <message>
        <source>{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)</source>
        <translation>{label} ist {value}; eine Metrik ist eine endliche float32-Zahl (eine divergierte wird als null gespeichert)</translation>
    </message>
    <message>
        <source>about 10^{power}</source>
        <translation>etwa 10^{power}</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <source>--param {param}: unknown key</source>
        <translation>--param {param}: unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs}: 1 oder mehr Worker-Prozesse angeben</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>run mode {mode!r}: allowed {names}</source>
        <translation>Laufmodus {mode!r}: erlaubt sind {names}</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: no CUDA device is available here; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation>training.device = &apos;cuda&apos;: hier ist kein CUDA-Gerät verfügbar; verwende &apos;auto&apos; oder &apos;cpu&apos;</translation>
    </message>
    <message>
        <source>variant {name!r}: lockstep variants must share data, batch size and seed</source>
        <translation>Variante {name!r}: Varianten im Gleichschritt müssen Daten, Batchgröße und Seed teilen</translation>
    </message>
    <message>
        <source>training points can be edited on 2-D data only</source>
        <translation>Trainingspunkte lassen sich nur bei 2-D-Daten bearbeiten</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y), each with a class</source>
        <translation>Trainingspunkte: 2 bis {limit:,} Punkte (x, y), jeder mit einer Klasse</translation>
    </message>
    <message>
        <source>training points: every coordinate finite, every class one of {classes}</source>
        <translation>Trainingspunkte: jede Koordinate endlich, jede Klasse eine von {classes}</translation>
    </message>
    <message>
        <source>saved weights for a net called {name!r}; this run has {names}</source>
        <translation>gespeicherte Gewichte für ein Netz namens {name!r}; dieser Lauf hat {names}</translation>
    </message>
    <message>
        <source>saved weights do not fit the net {name!r}: {problem}</source>
        <translation>gespeicherte Gewichte passen nicht zum Netz {name!r}: {problem}</translation>
    </message>
    <message>
        <source>{key}: cannot change while training; reset the run to change it</source>
        <translation>{key}: lässt sich während des Trainings nicht ändern; setze den Lauf zurück, um es zu ändern</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y)</source>
        <translation>Trainingspunkte: 2 bis {limit:,} Punkte (x, y)</translation>
    </message>
    <message>
        <source>training points: every x and y finite</source>
        <translation>Trainingspunkte: jedes x und y endlich</translation>
    </message>
</context>
</TS>
