<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>access</name>
    <message>
        <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
        <translation>Pfeiltasten bewegen ihn schrittweise, Bild auf und Bild ab in größeren Schritten</translation>
    </message>
    <message>
        <source>Up and Down choose</source>
        <translation>Auf und Ab wählen</translation>
    </message>
    <message>
        <source>Type a value, then Enter</source>
        <translation>Wert eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Enter switches it on or off</source>
        <translation>Enter schaltet ein oder aus</translation>
    </message>
    <message>
        <source>Enter presses it</source>
        <translation>Enter drückt ihn</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>{name} {value} at {x}</source>
        <translation>{name} {value} bei {x}</translation>
    </message>
    <message>
        <source>map from {low} to {high}</source>
        <translation>Karte von {low} bis {high}</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>{name}: Wert</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Autosave failed: {error}. The session is not protected against a crash until it succeeds.</source>
        <translation>Automatisches Speichern fehlgeschlagen: {error}. Bis es gelingt, ist die Sitzung nicht gegen einen Absturz geschützt.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatisches Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>An autosaved session could not be read ({error}); it stays in {folder}</source>
        <translation>Eine automatisch gespeicherte Sitzung ließ sich nicht lesen ({error}); sie bleibt in {folder}</translation>
    </message>
    <message>
        <source>regviz did not close properly last time. It had autosaved “{name}” at step {step} ({when}).

Restore it? Discard deletes it; Not now keeps it for the next start.</source>
        <translation>regviz wurde beim letzten Mal nicht ordnungsgemäß beendet. „{name}“ war bei Schritt {step} ({when}) automatisch gespeichert.

Wiederherstellen? Verwerfen löscht es; Nicht jetzt hebt es für den nächsten Start auf.</translation>
    </message>
    <message>
        <source>Restore the autosaved session?</source>
        <translation>Automatisch gespeicherte Sitzung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Restored the autosaved session at step {step}</source>
        <translation>Automatisch gespeicherte Sitzung bei Schritt {step} wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>Controls</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open data (CSV: x1,x2,label or x,y)</source>
        <translation>Daten öffnen (CSV: x1,x2,label oder x,y)</translation>
    </message>
    <message>
        <source>Cannot use this data</source>
        <translation>Diese Daten sind nicht verwendbar</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points (x, y: a regression) — a new net</source>
        <translation>Daten: {file}, {count} Punkte (x, y: eine Regression) — ein neues Netz</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points ({classes} classes) — a new net</source>
        <translation>Daten: {file}, {count} Punkte ({classes} Klassen) — ein neues Netz</translation>
    </message>
    <message>
        <source>Only 2-D points or a regression&apos;s x,y have a training set to export as CSV</source>
        <translation>Nur 2-D-Punkte oder die x,y einer Regression haben eine Trainingsmenge zum Export als CSV</translation>
    </message>
    <message>
        <source>Export the training set as CSV</source>
        <translation>Trainingsmenge als CSV exportieren</translation>
    </message>
    <message>
        <source>Cannot export the training set</source>
        <translation>Trainingsmenge kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>{count} training points written to {path}</source>
        <translation>{count} Trainingspunkte nach {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
        <translation>Der Verlust ist bei Schritt {step} divergiert (NaN oder unendlich) — Lernrate senken, dann R zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Training angehalten</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>Training gestoppt: {error}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training gestoppt</translation>
    </message>
    <message>
        <source>Training stopped with an error:

{error}

Change the settings and press R to start again.</source>
        <translation>Das Training wurde mit einem Fehler gestoppt:

{error}

Ändern Sie die Einstellungen und drücken Sie R, um neu zu starten.</translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation>Die Trainingsmaschine konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly. Press R to start it again.</source>
        <translation>Der Trainingsprozess wurde unerwartet beendet. Drücken Sie R, um ihn neu zu starten.</translation>
    </message>
    <message>
        <source>the training process stopped before it sent the nets&apos; weights</source>
        <translation>der Trainingsprozess wurde beendet, bevor er die Gewichte der Netze geschickt hat</translation>
    </message>
    <message>
        <source>a new run replaced the nets before they sent their weights</source>
        <translation>ein neuer Lauf hat die Netze ersetzt, bevor sie ihre Gewichte geschickt haben</translation>
    </message>
    <message>
        <source>the run ended (it failed or diverged) before it sent the nets&apos; weights</source>
        <translation>der Lauf endete (Fehler oder Divergenz), bevor er die Gewichte der Netze geschickt hat</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>regviz sessions (*.regviz);;JSON (*.json);;All files (*)</source>
        <translation>regviz-Sitzungen (*.regviz);;JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Finishing the save — the window closes when it is written (close again to quit without it)</source>
        <translation>Speichern wird abgeschlossen — das Fenster schließt, sobald es geschrieben ist (erneut schließen beendet ohne Speichern)</translation>
    </message>
    <message>
        <source>Experiment copied as one line ({count} characters): paste it into regviz (File ▸ Paste experiment) or regviz train --config</source>
        <translation>Experiment als eine Zeile kopiert ({count} Zeichen): in regviz einfügen (Datei ▸ Experiment einfügen) oder regviz train --config</translation>
    </message>
    <message>
        <source>Cannot paste the experiment</source>
        <translation>Experiment kann nicht eingefügt werden</translation>
    </message>
    <message>
        <source>Experiment pasted: {name}</source>
        <translation>Experiment eingefügt: {name}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>the run has ended: its loss diverged</source>
        <translation>der Lauf ist beendet: sein Verlust ist divergiert</translation>
    </message>
    <message>
        <source>the training process is not running</source>
        <translation>der Trainingsprozess läuft nicht</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>{file} wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: {file} — the nets&apos; weights never came</source>
        <translation>Nicht gespeichert: {file} — die Gewichte der Netze kamen nie an</translation>
    </message>
    <message>
        <source>The session was not saved to
{paths}

{why}: the weights of the nets you trained were lost (any earlier file there is unchanged).

The config and the metrics up to step {step} can still be saved, without weights: opening that session trains the nets again from their seed.</source>
        <translation>Die Sitzung wurde nicht gespeichert unter
{paths}

{why}: Die Gewichte der trainierten Netze gingen verloren (eine frühere Datei dort ist unverändert).

Konfiguration und Messwerte bis Schritt {step} lassen sich noch ohne Gewichte speichern: Beim Öffnen dieser Sitzung werden die Netze ab ihrem Seed neu trainiert.</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>Die Sitzung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Save without weights</source>
        <translation>Ohne Gewichte speichern</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>Not saved: {files}</source>
        <translation>Nicht gespeichert: {files}</translation>
    </message>
    <message>
        <source>Saved {path} (with weights)</source>
        <translation>{path} gespeichert (mit Gewichten)</translation>
    </message>
    <message>
        <source>Saved {path} (without weights)</source>
        <translation>{path} gespeichert (ohne Gewichte)</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{error}

The session was not saved; an earlier file there is unchanged.</source>
        <translation>{error}

Die Sitzung wurde nicht gespeichert; eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.</source>
        <translation>{error}

Diese Datei wurde nicht geschrieben; eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.

{written} of {total} files were written before it.</source>
        <translation>{error}

Diese Datei wurde nicht geschrieben; eine frühere Datei dort ist unverändert.

{written} von {total} Dateien wurden davor geschrieben.</translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation>Diagramme in Ordner exportieren</translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation>Diagramme können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>{count} Dateien nach {folder} exportiert</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Fenster als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>Als PyTorch-Skript exportieren</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>Skript kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Script written to {path} — run it with python</source>
        <translation>Skript nach {path} geschrieben — mit python ausführen</translation>
    </message>
    <message>
        <source>No predictions yet: a lesson&apos;s prediction steps record them</source>
        <translation>Noch keine Vorhersagen: Die Vorhersageschritte einer Lektion zeichnen sie auf</translation>
    </message>
    <message>
        <source>Export the class&apos;s predictions</source>
        <translation>Vorhersagen der Klasse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the predictions</source>
        <translation>Vorhersagen können nicht exportiert werden</translation>
    </message>
    <message>
        <source>{count} predictions written to {path}</source>
        <translation>{count} Vorhersagen nach {path} geschrieben</translation>
    </message>
    <message>
        <source>Recording a GIF of this tab — stop it from the File menu</source>
        <translation>GIF dieses Reiters wird aufgenommen — im Menü Datei beenden</translation>
    </message>
    <message>
        <source>No frames: the GIF records while the net trains</source>
        <translation>Keine Bilder: Das GIF nimmt auf, während das Netz trainiert</translation>
    </message>
    <message>
        <source>Save animated GIF</source>
        <translation>Animiertes GIF speichern</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>GIF-Bilder (*.gif)</translation>
    </message>
    <message>
        <source>Cannot save the GIF</source>
        <translation>GIF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {count} frames to {path}</source>
        <translation>{count} Bilder nach {path} gespeichert</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{error}

The lesson format is described in docs/lessons.md.</source>
        <translation>{error}

Das Lektionsformat ist in docs/lessons.md beschrieben.</translation>
    </message>
    <message>
        <source>Finishing this step&apos;s training first (at full speed)…</source>
        <translation>Zuerst wird das Training dieses Schritts beendet (mit voller Geschwindigkeit)…</translation>
    </message>
    <message>
        <source>Lesson step {number}: {title}</source>
        <translation>Lektion, Schritt {number}: {title}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train / pause (Space)</source>
        <translation>Trainieren / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Train one step (S)</source>
        <translation>Einen Schritt trainieren (S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>A new net from the same seed (R)</source>
        <translation>Ein neues Netz aus demselben Seed (R)</translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation>Mit Basislinie vergleichen</translation>
    </message>
    <message>
        <source>Race up to four…</source>
        <translation>Wettlauf bis zu vier…</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Wettlauf…</translation>
    </message>
    <message>
        <source>Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line style each)</source>
        <translation>2 bis 4 Varianten dieses Experiments vom selben Start aus auf denselben Minibatches trainieren (je ein Linienstil)</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Verlust logarithmisch</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>Testpunkte zeigen</translation>
    </message>
    <message>
        <source>Narration under the plots</source>
        <translation>Erzähltext unter den Diagrammen</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Sitzung speichern…</translation>
    </message>
    <message>
        <source>Include weights in saved sessions</source>
        <translation>Gewichte in gespeicherten Sitzungen mitspeichern</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Ein Trainingsschritt</translation>
    </message>
    <message>
        <source>Reset: new net, same seed (on the Augmentation tab: draw new examples)</source>
        <translation>Zurücksetzen: neues Netz, gleicher Seed (im Reiter Augmentierung: neue Beispiele ziehen)</translation>
    </message>
    <message>
        <source>Compare with baseline on/off</source>
        <translation>Vergleich mit Basislinie ein/aus</translation>
    </message>
    <message>
        <source>Race up to four variants from one start</source>
        <translation>Bis zu vier Varianten vom selben Start aus wettlaufen lassen</translation>
    </message>
    <message>
        <source>Lesson: next / previous step (what a presenter&apos;s remote sends)</source>
        <translation>Lektion: nächster / vorheriger Schritt (was ein Presenter sendet)</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Präsentationsmodus: Vollbild, große Schrift</translation>
    </message>
    <message>
        <source>Open / save a session</source>
        <translation>Sitzung öffnen / speichern</translation>
    </message>
    <message>
        <source>Open data: a CSV of your own points (x1,x2,label, or x,y for a regression)</source>
        <translation>Daten öffnen: eine CSV mit eigenen Punkten (x1,x2,label oder x,y für eine Regression)</translation>
    </message>
    <message>
        <source>Copy / paste the experiment as one line of text</source>
        <translation>Experiment als eine Textzeile kopieren / einfügen</translation>
    </message>
    <message>
        <source>Export the plots on this tab</source>
        <translation>Diagramme dieses Reiters exportieren</translation>
    </message>
    <message>
        <source>Next / previous control (Enter presses a button or switches a box; the arrows move a focused slider; typing goes to a focused field)</source>
        <translation>Nächstes / vorheriges Bedienelement (Enter drückt eine Schaltfläche oder schaltet ein Kästchen; die Pfeile bewegen einen fokussierten Schieberegler; Tippen geht in ein fokussiertes Feld)</translation>
    </message>
    <message>
        <source>On the decision boundary (Tab to it): move the cursor, add a point there (Ctrl+Enter: the other class), delete the point under it</source>
        <translation>Auf der Entscheidungsgrenze (mit Tab dorthin): Cursor bewegen, dort einen Punkt hinzufügen (Strg+Enter: die andere Klasse), den Punkt darunter löschen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Record animated GIF of this tab</source>
        <translation>Animiertes GIF dieses Reiters aufnehmen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open data (CSV)…</source>
        <translation>Daten öffnen (CSV)…</translation>
    </message>
    <message>
        <source>Copy experiment (one line)</source>
        <translation>Experiment kopieren (eine Zeile)</translation>
    </message>
    <message>
        <source>Paste experiment</source>
        <translation>Experiment einfügen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Plots on this tab (PNG, SVG, CSV)…</source>
        <translation>Diagramme dieses Reiters (PNG, SVG, CSV)…</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenster als PNG…</translation>
    </message>
    <message>
        <source>Training set as CSV…</source>
        <translation>Trainingsmenge als CSV…</translation>
    </message>
    <message>
        <source>Experiment as a PyTorch script…</source>
        <translation>Experiment als PyTorch-Skript…</translation>
    </message>
    <message>
        <source>Class predictions (CSV)…</source>
        <translation>Vorhersagen der Klasse (CSV)…</translation>
    </message>
    <message>
        <source>Experiment as a notebook…</source>
        <translation>Experiment als Notebook…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>λ sweep…</source>
        <translation>λ-Durchlauf…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Lektionsdatei öffnen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Light theme (high contrast)</source>
        <translation>Helles Design (hoher Kontrast)</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About regviz</source>
        <translation>Über regviz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>Train an unregularized twin from the same initial weights on the same minibatches (dashed curves)</source>
        <translation>Einen unregularisierten Zwilling mit denselben Anfangsgewichten auf denselben Minibatches trainieren (gestrichelte Kurven)</translation>
    </message>
    <message>
        <source> step {step} · epoch {epoch} </source>
        <translation> Schritt {step} · Epoche {epoch} </translation>
    </message>
    <message>
        <source> max </source>
        <translation> max. </translation>
    </message>
    <message>
        <source> {speed}/s </source>
        <translation> {speed}/s </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Training — Space pauses</source>
        <translation>Training läuft — Leertaste hält an</translation>
    </message>
    <message>
        <source>Paused — Space trains, S steps once</source>
        <translation>Angehalten — Leertaste trainiert, S macht einen Schritt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;Regularisierung in neuronalen Netzen live bei der Arbeit sehen.&lt;/p&gt;&lt;p&gt;Mitgelieferte Daten: MNIST-Auswahl (LeCun, Cortes, Burges), CC BY-SA 3.0; Fotos von Stefan van der Walt und Rachel Michetti (CC0), NASA und SpaceX (gemeinfrei).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>Narration</source>
        <translation>Erzähltext</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>Export as a Jupyter notebook</source>
        <translation>Als Jupyter-Notebook exportieren</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Jupyter-Notebooks (*.ipynb)</translation>
    </message>
    <message>
        <source>Cannot export the notebook</source>
        <translation>Notebook kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Notebook written to {path} — open it in Jupyter or upload it to Colab</source>
        <translation>Notebook nach {path} geschrieben — in Jupyter öffnen oder zu Colab hochladen</translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>Skip the question</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>Train ▶</source>
        <translation>Trainieren ▶</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>How many in the class chose each answer (optional)</source>
        <translation>Wie viele in der Klasse jede Antwort gewählt haben (optional)</translation>
    </message>
    <message>
        <source>The class&apos;s answer (key {number})</source>
        <translation>Antwort der Klasse (Taste {number})</translation>
    </message>
    <message>
        <source>How many in the class chose this answer (optional)</source>
        <translation>Wie viele in der Klasse diese Antwort gewählt haben (optional)</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space trains the step.</source>
        <translation>Antwort der Klasse wählen (Tasten 1–{count} oder Klick) oder überspringen; dann trainiert die Leertaste den Schritt.</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space reveals what the run says.</source>
        <translation>Antwort der Klasse wählen (Tasten 1–{count} oder Klick) oder überspringen; dann zeigt die Leertaste, was der Lauf sagt.</translation>
    </message>
    <message>
        <source>✓ true</source>
        <translation>✓ wahr</translation>
    </message>
    <message>
        <source>✗ false</source>
        <translation>✗ falsch</translation>
    </message>
    <message>
        <source>? not measured</source>
        <translation>? nicht gemessen</translation>
    </message>
    <message>
        <source>{mark} — {numbers}</source>
        <translation>{mark} — {numbers}</translation>
    </message>
    <message>
        <source>{answer}: {verdict}</source>
        <translation>{answer}: {verdict}</translation>
    </message>
    <message>
        <source>hands: {count}</source>
        <translation>Hände: {count}</translation>
    </message>
    <message>
        <source>the class&apos;s answer</source>
        <translation>Antwort der Klasse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorhersage:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict first: pick the class&apos;s answer (keys 1–{count}) or skip the question</source>
        <translation>Erst vorhersagen: Antwort der Klasse wählen (Tasten 1–{count}) oder die Frage überspringen</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Train) trains the step; until then the pick can change.</source>
        <translation>Antwort der Klasse: {number}. Die Leertaste (oder Trainieren) trainiert den Schritt; bis dahin lässt sich die Wahl ändern.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Reveal) reveals what the run says; until then the pick can change.</source>
        <translation>Antwort der Klasse: {number}. Die Leertaste (oder Auflösen) zeigt, was der Lauf sagt; bis dahin lässt sich die Wahl ändern.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to train the step</source>
        <translation>Antwort der Klasse: {number} — Leertaste trainiert den Schritt</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to reveal</source>
        <translation>Antwort der Klasse: {number} — Leertaste löst auf</translation>
    </message>
    <message>
        <source>Training waits for the class&apos;s prediction: pick an answer (keys 1–{count}) or skip the question</source>
        <translation>Das Training wartet auf die Vorhersage der Klasse: Antwort wählen (Tasten 1–{count}) oder die Frage überspringen</translation>
    </message>
    <message>
        <source>Press Space to train this step: its run answers the question</source>
        <translation>Leertaste trainiert diesen Schritt: Sein Lauf beantwortet die Frage</translation>
    </message>
    <message>
        <source>Press Space to reveal: the run as it stands answers the question</source>
        <translation>Leertaste löst auf: Der Lauf, wie er ist, beantwortet die Frage</translation>
    </message>
    <message>
        <source>Training… the run answers when the step ends.</source>
        <translation>Training… Der Lauf antwortet, wenn der Schritt endet.</translation>
    </message>
    <message>
        <source>The run as it stands answers…</source>
        <translation>Der Lauf, wie er ist, antwortet…</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. {doing}</source>
        <translation>Antwort der Klasse: {number}. {doing}</translation>
    </message>
    <message>
        <source>The run as it stands answers (step {step}): this step trains nothing</source>
        <translation>Der Lauf, wie er ist, antwortet (Schritt {step}): Dieser Schritt trainiert nichts</translation>
    </message>
    <message>
        <source>The run made no answer true.</source>
        <translation>Der Lauf hat keine Antwort bestätigt.</translation>
    </message>
    <message>
        <source>The run made answer {number} true.</source>
        <translation>Der Lauf hat Antwort {number} bestätigt.</translation>
    </message>
    <message>
        <source>The run made answers {numbers} true.</source>
        <translation>Der Lauf hat die Antworten {numbers} bestätigt.</translation>
    </message>
    <message>
        <source>The class answered {number}.</source>
        <translation>Die Klasse hat {number} geantwortet.</translation>
    </message>
    <message>
        <source>The class skipped the question.</source>
        <translation>Die Klasse hat die Frage übersprungen.</translation>
    </message>
    <message>
        <source>This run contradicts the lesson&apos;s expected answer ({number}): on this seed and with these settings it came out otherwise.</source>
        <translation>Dieser Lauf widerspricht der erwarteten Antwort der Lektion ({number}): Mit diesem Seed und diesen Einstellungen kam es anders.</translation>
    </message>
    <message>
        <source>hands: </source>
        <translation>Hände: </translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>solid</source>
        <translation>durchgezogen</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>gestrichelt</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>gepunktet</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>Strichpunkt</translation>
    </message>
    <message>
        <source>Race up to four variants</source>
        <translation>Wettlauf von bis zu vier Varianten</translation>
    </message>
    <message>
        <source>Each variant trains from the same initial weights on the same minibatches; only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the experiment as it is). A line style tells them apart on every plot.</source>
        <translation>Jede Variante trainiert mit denselben Anfangsgewichten auf denselben Minibatches; nur ihre Einstellungen unterscheiden sich. Jede als NAME:KEY=VALUE,… schreiben (NAME: allein ist das Experiment, wie es ist). Ein Linienstil unterscheidet sie in jedem Diagramm.</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Every regularizer off, except what a variant sets</source>
        <translation>Jeder Regularisierer aus, außer was eine Variante setzt</translation>
    </message>
    <message>
        <source>Race from the unregularized experiment (L1, L2, weight decay, dropout, augmentation and adversarial training off), so &apos;none&apos; means none and &apos;l2&apos; means L2 alone</source>
        <translation>Wettlauf vom unregularisierten Experiment aus (L1, L2, Weight Decay, Dropout, Augmentierung und adversariales Training aus), sodass &apos;none&apos; keine und &apos;l2&apos; nur L2 bedeutet</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Wettlauf starten</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>The variant the sliders and boxes below change; &apos;every variant&apos; sets a value for all of them</source>
        <translation>Die Variante, die die Regler und Felder unten ändern; „jede Variante“ setzt einen Wert für alle</translation>
    </message>
    <message>
        <source>End race</source>
        <translation>Wettlauf beenden</translation>
    </message>
    <message>
        <source>Back to one net with the experiment&apos;s shared settings</source>
        <translation>Zurück zu einem Netz mit den gemeinsamen Einstellungen des Experiments</translation>
    </message>
    <message>
        <source>Race ended: one net</source>
        <translation>Wettlauf beendet: ein Netz</translation>
    </message>
    <message>
        <source>Changes go to</source>
        <translation>Änderungen an</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>jede Variante</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vorhersage:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revealed:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aufgelöst:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme, presentation mode.</source>
        <translation>Erstellt mit &lt;code&gt;regviz render-lesson&lt;/code&gt; in {width}×{height}, Design {theme}, Präsentationsmodus.</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme.</source>
        <translation>Erstellt mit &lt;code&gt;regviz render-lesson&lt;/code&gt; in {width}×{height}, Design {theme}.</translation>
    </message>
    <message>
        <source>regviz lessons</source>
        <translation>regviz-Lektionen</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Schritt {number}: {title}</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation mode folds them away so the plots get the room)</source>
        <translation>Einstellungen zeigen oder verbergen (der Präsentationsmodus klappt sie weg, damit die Diagramme Platz haben)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lektionen (*.json)</translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <source>{key} = {value} — applied to the running net</source>
        <translation>{key} = {value} — auf das laufende Netz angewandt</translation>
    </message>
    <message>
        <source>{key} changed — the net was reset</source>
        <translation>{key} geändert — das Netz wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>jede Variante</translation>
    </message>
    <message>
        <source>{key} = {value} — applied to {variant}</source>
        <translation>{key} = {value} — angewandt auf {variant}</translation>
    </message>
    <message>
        <source>{key} changed for {variant} — the race starts again from one start</source>
        <translation>{key} für {variant} geändert — der Wettlauf beginnt neu vom selben Start</translation>
    </message>
    <message>
        <source>Not applied — {error}</source>
        <translation>Nicht angewandt — {error}</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Preset {name}: {description}</source>
        <translation>Vorgabe {name}: {description}</translation>
    </message>
    <message>
        <source>Batch norm: the same deep net with (solid) and without (dashed) it</source>
        <translation>Batch-Norm: dasselbe tiefe Netz mit (durchgezogen) und ohne (gestrichelt)</translation>
    </message>
    <message>
        <source>FGSM: training a standard and an adversarially trained net</source>
        <translation>FGSM: ein normales und ein adversarial trainiertes Netz werden trainiert</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>A race of {count}: {names} — from one start, on the same minibatches</source>
        <translation>Ein Wettlauf von {count}: {names} — vom selben Start, auf denselben Minibatches</translation>
    </message>
    <message>
        <source>Comparing with an unregularized baseline (dashed)</source>
        <translation>Vergleich mit einer unregularisierten Basislinie (gestrichelt)</translation>
    </message>
    <message>
        <source>Baseline off</source>
        <translation>Basislinie aus</translation>
    </message>
    <message>
        <source>Reset — a new net from the same seed</source>
        <translation>Zurückgesetzt — ein neues Netz aus demselben Seed</translation>
    </message>
    <message>
        <source>Session {name}: step {step}, weights restored</source>
        <translation>Sitzung {name}: Schritt {step}, Gewichte wiederhergestellt</translation>
    </message>
    <message>
        <source>Session {name}: no weights saved, trained again from its seed</source>
        <translation>Sitzung {name}: keine Gewichte gespeichert, neu trainiert ab ihrem Seed</translation>
    </message>
    <message>
        <source>Not applied — keep at least two training points</source>
        <translation>Nicht angewandt — mindestens zwei Trainingspunkte behalten</translation>
    </message>
    <message>
        <source>{count} training points — the nets train on them from the next step</source>
        <translation>{count} Trainingspunkte — die Netze trainieren ab dem nächsten Schritt darauf</translation>
    </message>
    <message>
        <source>The generated training set is back</source>
        <translation>Die erzeugte Trainingsmenge ist zurück</translation>
    </message>
    <message>
        <source>Loading the training engine — training starts as soon as it is ready</source>
        <translation>Trainingsmaschine wird geladen — das Training beginnt, sobald sie bereit ist</translation>
    </message>
    <message>
        <source>Loading the training engine — paused</source>
        <translation>Trainingsmaschine wird geladen — angehalten</translation>
    </message>
    <message>
        <source>Training {count} steps…</source>
        <translation>{count} Schritte werden trainiert…</translation>
    </message>
    <message>
        <source>New data settings: the edited training points were dropped</source>
        <translation>Neue Dateneinstellungen: Die bearbeiteten Trainingspunkte wurden verworfen</translation>
    </message>
    <message>
        <source>Ready — press Space to train</source>
        <translation>Bereit — Leertaste zum Trainieren</translation>
    </message>
    <message>
        <source>{stopped} Space trains on.</source>
        <translation>{stopped} Die Leertaste trainiert weiter.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Type a value from {low} to {high}, then Enter</source>
        <translation>Wert von {low} bis {high} eingeben, dann Enter</translation>
    </message>
    <message>
        <source>{name}: {low} … {high}</source>
        <translation>{name}: {low} … {high}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Loading plots…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <source>regviz — regularization, live</source>
        <translation>regviz — Regularisierung, live</translation>
    </message>
    <message>
        <source>The notes&apos; X and y, trained live: y = w·x + b on the paired MSE</source>
        <translation>X und y aus den Notizen, live trainiert: y = w·x + b mit dem gepaarten MSE</translation>
    </message>
    <message>
        <source>Loading the training engine (torch)…</source>
        <translation>Trainingsmaschine wird geladen (torch)…</translation>
    </message>
    <message>
        <source>New augmentation examples</source>
        <translation>Neue Augmentierungsbeispiele</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch-Norm</translation>
    </message>
    <message>
        <source>FGSM</source>
        <translation>FGSM</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>λ sweep</source>
        <translation>λ-Durchlauf</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
</TS>
