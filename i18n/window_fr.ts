<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>access</name>
    <message>
        <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
        <translation>Les flèches le déplacent pas à pas ; Page préc. et Page suiv., par grands pas</translation>
    </message>
    <message>
        <source>Up and Down choose</source>
        <translation>Haut et Bas choisissent</translation>
    </message>
    <message>
        <source>Type a value, then Enter</source>
        <translation>Saisissez une valeur, puis Entrée</translation>
    </message>
    <message>
        <source>Enter switches it on or off</source>
        <translation>Entrée l’active ou le désactive</translation>
    </message>
    <message>
        <source>Enter presses it</source>
        <translation>Entrée l’actionne</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>courbe</translation>
    </message>
    <message>
        <source>{name} {value} at {x}</source>
        <translation>{name} {value} à {x}</translation>
    </message>
    <message>
        <source>map from {low} to {high}</source>
        <translation>carte de {low} à {high}</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Rien de tracé pour l’instant</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>valeur de {name}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Autosave failed: {error}. The session is not protected against a crash until it succeeds.</source>
        <translation>L’enregistrement automatique a échoué : {error}. La session n’est pas protégée contre un plantage tant qu’il n’a pas réussi.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>An autosaved session could not be read ({error}); it stays in {folder}</source>
        <translation>Une session enregistrée automatiquement n’a pas pu être lue ({error}) ; elle reste dans {folder}</translation>
    </message>
    <message>
        <source>regviz did not close properly last time. It had autosaved “{name}” at step {step} ({when}).

Restore it? Discard deletes it; Not now keeps it for the next start.</source>
        <translation>regviz ne s’est pas fermé correctement la dernière fois. Il avait enregistré automatiquement « {name} » au pas {step} ({when}).

La restaurer ? Supprimer l’efface ; Plus tard la garde pour le prochain démarrage.</translation>
    </message>
    <message>
        <source>Restore the autosaved session?</source>
        <translation>Restaurer la session enregistrée automatiquement ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Restored the autosaved session at step {step}</source>
        <translation>Session enregistrée automatiquement restaurée au pas {step}</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>Controls</source>
        <translation>Réglages</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open data (CSV: x1,x2,label or x,y)</source>
        <translation>Ouvrir des données (CSV : x1,x2,label ou x,y)</translation>
    </message>
    <message>
        <source>Cannot use this data</source>
        <translation>Impossible d’utiliser ces données</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points (x, y: a regression) — a new net</source>
        <translation>Données : {file}, {count} points (x, y : une régression) — un nouveau réseau</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points ({classes} classes) — a new net</source>
        <translation>Données : {file}, {count} points ({classes} classes) — un nouveau réseau</translation>
    </message>
    <message>
        <source>Only 2-D points or a regression&apos;s x,y have a training set to export as CSV</source>
        <translation>Seuls des points 2D ou les x,y d’une régression ont un jeu d’entraînement à exporter en CSV</translation>
    </message>
    <message>
        <source>Export the training set as CSV</source>
        <translation>Exporter le jeu d’entraînement en CSV</translation>
    </message>
    <message>
        <source>Cannot export the training set</source>
        <translation>Impossible d’exporter le jeu d’entraînement</translation>
    </message>
    <message>
        <source>{count} training points written to {path}</source>
        <translation>{count} points d’entraînement écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
        <translation>La perte a divergé au pas {step} (elle est devenue NaN ou infinie) — baissez le taux d’apprentissage, puis appuyez sur R pour réinitialiser.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Entraînement en pause</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>Entraînement arrêté : {error}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>Training stopped with an error:

{error}

Change the settings and press R to start again.</source>
        <translation>L’entraînement s’est arrêté sur une erreur :

{error}

Modifiez les réglages et appuyez sur R pour recommencer.</translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation>Le moteur d’entraînement n’a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly. Press R to start it again.</source>
        <translation>Le processus d’entraînement s’est arrêté de façon inattendue. Appuyez sur R pour le relancer.</translation>
    </message>
    <message>
        <source>the training process stopped before it sent the nets&apos; weights</source>
        <translation>le processus d’entraînement s’est arrêté avant d’envoyer les poids des réseaux</translation>
    </message>
    <message>
        <source>a new run replaced the nets before they sent their weights</source>
        <translation>une nouvelle exécution a remplacé les réseaux avant qu’ils n’envoient leurs poids</translation>
    </message>
    <message>
        <source>the run ended (it failed or diverged) before it sent the nets&apos; weights</source>
        <translation>l’exécution s’est terminée (échec ou divergence) avant d’envoyer les poids des réseaux</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>regviz sessions (*.regviz);;JSON (*.json);;All files (*)</source>
        <translation>Sessions regviz (*.regviz);;JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Finishing the save — the window closes when it is written (close again to quit without it)</source>
        <translation>Enregistrement en cours — la fenêtre se ferme une fois le fichier écrit (fermez à nouveau pour quitter sans)</translation>
    </message>
    <message>
        <source>Experiment copied as one line ({count} characters): paste it into regviz (File ▸ Paste experiment) or regviz train --config</source>
        <translation>Expérience copiée sur une ligne ({count} caractères) : collez-la dans regviz (Fichier ▸ Coller l’expérience) ou dans regviz train --config</translation>
    </message>
    <message>
        <source>Cannot paste the experiment</source>
        <translation>Impossible de coller l’expérience</translation>
    </message>
    <message>
        <source>Experiment pasted: {name}</source>
        <translation>Expérience collée : {name}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Impossible d’ouvrir la session</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>the run has ended: its loss diverged</source>
        <translation>l’exécution est terminée : sa perte a divergé</translation>
    </message>
    <message>
        <source>the training process is not running</source>
        <translation>le processus d’entraînement ne tourne pas</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>Not saved: {file} — the nets&apos; weights never came</source>
        <translation>Non enregistré : {file} — les poids des réseaux ne sont jamais arrivés</translation>
    </message>
    <message>
        <source>The session was not saved to
{paths}

{why}: the weights of the nets you trained were lost (any earlier file there is unchanged).

The config and the metrics up to step {step} can still be saved, without weights: opening that session trains the nets again from their seed.</source>
        <translation>La session n’a pas été enregistrée dans
{paths}

{why} : les poids des réseaux entraînés sont perdus (un fichier antérieur à cet endroit est inchangé).

La configuration et les mesures jusqu’au pas {step} peuvent encore être enregistrées, sans les poids : à l’ouverture de cette session, les réseaux sont réentraînés depuis leur graine.</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>La session n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Save without weights</source>
        <translation>Enregistrer sans les poids</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Not saved: {files}</source>
        <translation>Non enregistré : {files}</translation>
    </message>
    <message>
        <source>Saved {path} (with weights)</source>
        <translation>{path} enregistré (avec les poids)</translation>
    </message>
    <message>
        <source>Saved {path} (without weights)</source>
        <translation>{path} enregistré (sans les poids)</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Impossible d’enregistrer la session</translation>
    </message>
    <message>
        <source>{error}

The session was not saved; an earlier file there is unchanged.</source>
        <translation>{error}

La session n’a pas été enregistrée ; un fichier antérieur à cet endroit est inchangé.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.</source>
        <translation>{error}

Ce fichier n’a pas été écrit ; un fichier antérieur à cet endroit est inchangé.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.

{written} of {total} files were written before it.</source>
        <translation>{error}

Ce fichier n’a pas été écrit ; un fichier antérieur à cet endroit est inchangé.

{written} fichiers sur {total} avaient été écrits avant.</translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation>Exporter les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation>Impossible d’exporter les graphiques</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>{count} fichiers exportés dans {folder}</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Enregistrer la fenêtre en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>Exporter en script PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>Impossible d’exporter le script</translation>
    </message>
    <message>
        <source>Script written to {path} — run it with python</source>
        <translation>Script écrit dans {path} — lancez-le avec python</translation>
    </message>
    <message>
        <source>No predictions yet: a lesson&apos;s prediction steps record them</source>
        <translation>Pas encore de prédictions : les étapes de prédiction d’une leçon les enregistrent</translation>
    </message>
    <message>
        <source>Export the class&apos;s predictions</source>
        <translation>Exporter les prédictions de la classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the predictions</source>
        <translation>Impossible d’exporter les prédictions</translation>
    </message>
    <message>
        <source>{count} predictions written to {path}</source>
        <translation>{count} prédictions écrites dans {path}</translation>
    </message>
    <message>
        <source>Recording a GIF of this tab — stop it from the File menu</source>
        <translation>Enregistrement d’un GIF de cet onglet — arrêtez-le depuis le menu Fichier</translation>
    </message>
    <message>
        <source>No frames: the GIF records while the net trains</source>
        <translation>Aucune image : le GIF enregistre pendant que le réseau s’entraîne</translation>
    </message>
    <message>
        <source>Save animated GIF</source>
        <translation>Enregistrer le GIF animé</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>Images GIF (*.gif)</translation>
    </message>
    <message>
        <source>Cannot save the GIF</source>
        <translation>Impossible d’enregistrer le GIF</translation>
    </message>
    <message>
        <source>Saved {count} frames to {path}</source>
        <translation>{count} images enregistrées dans {path}</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d’ouvrir la leçon</translation>
    </message>
    <message>
        <source>{error}

The lesson format is described in docs/lessons.md.</source>
        <translation>{error}

Le format des leçons est décrit dans docs/lessons.md.</translation>
    </message>
    <message>
        <source>Finishing this step&apos;s training first (at full speed)…</source>
        <translation>D’abord, fin de l’entraînement de cette étape (à pleine vitesse)…</translation>
    </message>
    <message>
        <source>Lesson step {number}: {title}</source>
        <translation>Leçon, étape {number} : {title}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Train / pause (Space)</source>
        <translation>Entraîner / pause (Espace)</translation>
    </message>
    <message>
        <source>Train one step (S)</source>
        <translation>Entraîner un pas (S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>A new net from the same seed (R)</source>
        <translation>Un nouveau réseau depuis la même graine (R)</translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation>Comparer à la référence</translation>
    </message>
    <message>
        <source>Race up to four…</source>
        <translation>Course à quatre au plus…</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Course…</translation>
    </message>
    <message>
        <source>Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line style each)</source>
        <translation>Entraîner 2 à 4 variantes de cette expérience depuis un même départ, sur les mêmes mini-lots (un style de trait chacune)</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Perte en échelle log</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>Afficher les points de test</translation>
    </message>
    <message>
        <source>Narration under the plots</source>
        <translation>Commentaire sous les graphiques</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Include weights in saved sessions</source>
        <translation>Inclure les poids dans les sessions enregistrées</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Un pas d’entraînement</translation>
    </message>
    <message>
        <source>Reset: new net, same seed (on the Augmentation tab: draw new examples)</source>
        <translation>Réinitialiser : nouveau réseau, même graine (dans l’onglet Augmentation : tirer de nouveaux exemples)</translation>
    </message>
    <message>
        <source>Compare with baseline on/off</source>
        <translation>Comparaison avec la référence oui/non</translation>
    </message>
    <message>
        <source>Race up to four variants from one start</source>
        <translation>Course de jusqu’à quatre variantes depuis un même départ</translation>
    </message>
    <message>
        <source>Lesson: next / previous step (what a presenter&apos;s remote sends)</source>
        <translation>Leçon : étape suivante / précédente (ce qu’envoie une télécommande de présentation)</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Mode présentation : plein écran, grands caractères</translation>
    </message>
    <message>
        <source>Open / save a session</source>
        <translation>Ouvrir / enregistrer une session</translation>
    </message>
    <message>
        <source>Open data: a CSV of your own points (x1,x2,label, or x,y for a regression)</source>
        <translation>Ouvrir des données : un CSV de vos propres points (x1,x2,label, ou x,y pour une régression)</translation>
    </message>
    <message>
        <source>Copy / paste the experiment as one line of text</source>
        <translation>Copier / coller l’expérience sur une ligne de texte</translation>
    </message>
    <message>
        <source>Export the plots on this tab</source>
        <translation>Exporter les graphiques de cet onglet</translation>
    </message>
    <message>
        <source>Next / previous control (Enter presses a button or switches a box; the arrows move a focused slider; typing goes to a focused field)</source>
        <translation>Contrôle suivant / précédent (Entrée actionne un bouton ou coche une case ; les flèches déplacent le curseur actif ; la saisie va dans le champ actif)</translation>
    </message>
    <message>
        <source>On the decision boundary (Tab to it): move the cursor, add a point there (Ctrl+Enter: the other class), delete the point under it</source>
        <translation>Sur la frontière de décision (avec Tab) : déplacer le curseur, y ajouter un point (Ctrl+Entrée : l’autre classe), supprimer le point dessous</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Record animated GIF of this tab</source>
        <translation>Enregistrer un GIF animé de cet onglet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>Open data (CSV)…</source>
        <translation>Ouvrir des données (CSV)…</translation>
    </message>
    <message>
        <source>Copy experiment (one line)</source>
        <translation>Copier l’expérience (une ligne)</translation>
    </message>
    <message>
        <source>Paste experiment</source>
        <translation>Coller l’expérience</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Plots on this tab (PNG, SVG, CSV)…</source>
        <translation>Graphiques de cet onglet (PNG, SVG, CSV)…</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenêtre en PNG…</translation>
    </message>
    <message>
        <source>Training set as CSV…</source>
        <translation>Jeu d’entraînement en CSV…</translation>
    </message>
    <message>
        <source>Experiment as a PyTorch script…</source>
        <translation>Expérience en script PyTorch…</translation>
    </message>
    <message>
        <source>Class predictions (CSV)…</source>
        <translation>Prédictions de la classe (CSV)…</translation>
    </message>
    <message>
        <source>Experiment as a notebook…</source>
        <translation>Expérience en notebook…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>λ sweep…</source>
        <translation>Balayage de λ…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Light theme (high contrast)</source>
        <translation>Thème clair (contraste élevé)</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About regviz</source>
        <translation>À propos de regviz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Vitesse </translation>
    </message>
    <message>
        <source>Train an unregularized twin from the same initial weights on the same minibatches (dashed curves)</source>
        <translation>Entraîner un jumeau non régularisé depuis les mêmes poids initiaux, sur les mêmes mini-lots (courbes en tirets)</translation>
    </message>
    <message>
        <source> step {step} · epoch {epoch} </source>
        <translation> pas {step} · époque {epoch} </translation>
    </message>
    <message>
        <source> max </source>
        <translation> max </translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Training — Space pauses</source>
        <translation>Entraînement — Espace met en pause</translation>
    </message>
    <message>
        <source>Paused — Space trains, S steps once</source>
        <translation>En pause — Espace entraîne, S fait un pas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;Voir la régularisation des réseaux de neurones à l’œuvre, en direct.&lt;/p&gt;&lt;p&gt;Données fournies : extrait de MNIST (LeCun, Cortes, Burges), CC BY-SA 3.0 ; photos de Stefan van der Walt et Rachel Michetti (CC0), NASA et SpaceX (domaine public).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>Narration</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>Export as a Jupyter notebook</source>
        <translation>Exporter en notebook Jupyter</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Notebooks Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>Cannot export the notebook</source>
        <translation>Impossible d’exporter le notebook</translation>
    </message>
    <message>
        <source>Notebook written to {path} — open it in Jupyter or upload it to Colab</source>
        <translation>Notebook écrit dans {path} — ouvrez-le dans Jupyter ou importez-le dans Colab</translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>Skip the question</source>
        <translation>Passer la question</translation>
    </message>
    <message>
        <source>Train ▶</source>
        <translation>Entraîner ▶</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mains</translation>
    </message>
    <message>
        <source>How many in the class chose each answer (optional)</source>
        <translation>Combien d’élèves ont choisi chaque réponse (facultatif)</translation>
    </message>
    <message>
        <source>The class&apos;s answer (key {number})</source>
        <translation>Réponse de la classe (touche {number})</translation>
    </message>
    <message>
        <source>How many in the class chose this answer (optional)</source>
        <translation>Combien d’élèves ont choisi cette réponse (facultatif)</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space trains the step.</source>
        <translation>Choisissez la réponse de la classe (touches 1–{count} ou clic), ou passez ; puis Espace entraîne l’étape.</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space reveals what the run says.</source>
        <translation>Choisissez la réponse de la classe (touches 1–{count} ou clic), ou passez ; puis Espace révèle ce que dit l’exécution.</translation>
    </message>
    <message>
        <source>✓ true</source>
        <translation>✓ vrai</translation>
    </message>
    <message>
        <source>✗ false</source>
        <translation>✗ faux</translation>
    </message>
    <message>
        <source>? not measured</source>
        <translation>? non mesuré</translation>
    </message>
    <message>
        <source>{mark} — {numbers}</source>
        <translation>{mark} — {numbers}</translation>
    </message>
    <message>
        <source>{answer}: {verdict}</source>
        <translation>{answer} : {verdict}</translation>
    </message>
    <message>
        <source>hands: {count}</source>
        <translation>mains : {count}</translation>
    </message>
    <message>
        <source>the class&apos;s answer</source>
        <translation>réponse de la classe</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prédisez :&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict first: pick the class&apos;s answer (keys 1–{count}) or skip the question</source>
        <translation>D’abord la prédiction : choisissez la réponse de la classe (touches 1–{count}) ou passez la question</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Train) trains the step; until then the pick can change.</source>
        <translation>Réponse de la classe : {number}. Espace (ou Entraîner) entraîne l’étape ; d’ici là, le choix peut changer.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Reveal) reveals what the run says; until then the pick can change.</source>
        <translation>Réponse de la classe : {number}. Espace (ou Révéler) révèle ce que dit l’exécution ; d’ici là, le choix peut changer.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to train the step</source>
        <translation>Réponse de la classe : {number} — appuyez sur Espace pour entraîner l’étape</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to reveal</source>
        <translation>Réponse de la classe : {number} — appuyez sur Espace pour révéler</translation>
    </message>
    <message>
        <source>Training waits for the class&apos;s prediction: pick an answer (keys 1–{count}) or skip the question</source>
        <translation>L’entraînement attend la prédiction de la classe : choisissez une réponse (touches 1–{count}) ou passez la question</translation>
    </message>
    <message>
        <source>Press Space to train this step: its run answers the question</source>
        <translation>Appuyez sur Espace pour entraîner cette étape : son exécution répond à la question</translation>
    </message>
    <message>
        <source>Press Space to reveal: the run as it stands answers the question</source>
        <translation>Appuyez sur Espace pour révéler : l’exécution telle quelle répond à la question</translation>
    </message>
    <message>
        <source>Training… the run answers when the step ends.</source>
        <translation>Entraînement… l’exécution répond à la fin de l’étape.</translation>
    </message>
    <message>
        <source>The run as it stands answers…</source>
        <translation>L’exécution telle quelle répond…</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. {doing}</source>
        <translation>Réponse de la classe : {number}. {doing}</translation>
    </message>
    <message>
        <source>The run as it stands answers (step {step}): this step trains nothing</source>
        <translation>L’exécution telle quelle répond (pas {step}) : cette étape n’entraîne rien</translation>
    </message>
    <message>
        <source>The run made no answer true.</source>
        <translation>L’exécution n’a rendu aucune réponse vraie.</translation>
    </message>
    <message>
        <source>The run made answer {number} true.</source>
        <translation>L’exécution a rendu vraie la réponse {number}.</translation>
    </message>
    <message>
        <source>The run made answers {numbers} true.</source>
        <translation>L’exécution a rendu vraies les réponses {numbers}.</translation>
    </message>
    <message>
        <source>The class answered {number}.</source>
        <translation>La classe a répondu {number}.</translation>
    </message>
    <message>
        <source>The class skipped the question.</source>
        <translation>La classe a passé la question.</translation>
    </message>
    <message>
        <source>This run contradicts the lesson&apos;s expected answer ({number}): on this seed and with these settings it came out otherwise.</source>
        <translation>Cette exécution contredit la réponse attendue par la leçon ({number}) : avec cette graine et ces réglages, le résultat est autre.</translation>
    </message>
    <message>
        <source>hands: </source>
        <translation>mains : </translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>solid</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>tirets</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>pointillé</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>trait-point</translation>
    </message>
    <message>
        <source>Race up to four variants</source>
        <translation>Course de jusqu’à quatre variantes</translation>
    </message>
    <message>
        <source>Each variant trains from the same initial weights on the same minibatches; only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the experiment as it is). A line style tells them apart on every plot.</source>
        <translation>Chaque variante s’entraîne depuis les mêmes poids initiaux sur les mêmes mini-lots ; seuls ses réglages diffèrent. Écrivez chacune sous la forme NAME:KEY=VALUE,… (NAME: seul est l’expérience telle quelle). Un style de trait les distingue sur chaque graphique.</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Toute prête</translation>
    </message>
    <message>
        <source>Every regularizer off, except what a variant sets</source>
        <translation>Tous les régulariseurs désactivés, sauf ce qu’une variante fixe</translation>
    </message>
    <message>
        <source>Race from the unregularized experiment (L1, L2, weight decay, dropout, augmentation and adversarial training off), so &apos;none&apos; means none and &apos;l2&apos; means L2 alone</source>
        <translation>Course depuis l’expérience non régularisée (L1, L2, weight decay, dropout, augmentation et entraînement adverse désactivés) : &apos;none&apos; veut dire aucun et &apos;l2&apos; L2 seul</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Lancer la course</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>The variant the sliders and boxes below change; &apos;every variant&apos; sets a value for all of them</source>
        <translation>La variante que modifient les curseurs et cases ci-dessous ; « chaque variante » fixe une valeur pour toutes</translation>
    </message>
    <message>
        <source>End race</source>
        <translation>Terminer la course</translation>
    </message>
    <message>
        <source>Back to one net with the experiment&apos;s shared settings</source>
        <translation>Retour à un seul réseau avec les réglages communs de l’expérience</translation>
    </message>
    <message>
        <source>Race ended: one net</source>
        <translation>Course terminée : un réseau</translation>
    </message>
    <message>
        <source>Changes go to</source>
        <translation>Modifications pour</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>chaque variante</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prédisez :&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revealed:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Révélé :&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme, presentation mode.</source>
        <translation>Rendu par &lt;code&gt;regviz render-lesson&lt;/code&gt; en {width}×{height}, thème {theme}, mode présentation.</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme.</source>
        <translation>Rendu par &lt;code&gt;regviz render-lesson&lt;/code&gt; en {width}×{height}, thème {theme}.</translation>
    </message>
    <message>
        <source>regviz lessons</source>
        <translation>Leçons regviz</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Étape {number} : {title}</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation mode folds them away so the plots get the room)</source>
        <translation>Afficher ou masquer les réglages (le mode présentation les replie pour laisser la place aux graphiques)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Leçons (*.json)</translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <source>{key} = {value} — applied to the running net</source>
        <translation>{key} = {value} — appliqué au réseau en cours</translation>
    </message>
    <message>
        <source>{key} changed — the net was reset</source>
        <translation>{key} modifié — le réseau a été réinitialisé</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>chaque variante</translation>
    </message>
    <message>
        <source>{key} = {value} — applied to {variant}</source>
        <translation>{key} = {value} — appliqué à {variant}</translation>
    </message>
    <message>
        <source>{key} changed for {variant} — the race starts again from one start</source>
        <translation>{key} modifié pour {variant} — la course repart d’un même départ</translation>
    </message>
    <message>
        <source>Not applied — {error}</source>
        <translation>Non appliqué — {error}</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Preset {name}: {description}</source>
        <translation>Préréglage {name} : {description}</translation>
    </message>
    <message>
        <source>Batch norm: the same deep net with (solid) and without (dashed) it</source>
        <translation>Batch norm : le même réseau profond avec (trait plein) et sans (tirets)</translation>
    </message>
    <message>
        <source>FGSM: training a standard and an adversarially trained net</source>
        <translation>FGSM : entraînement d’un réseau standard et d’un réseau entraîné de façon adverse</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>A race of {count}: {names} — from one start, on the same minibatches</source>
        <translation>Une course à {count} : {names} — d’un même départ, sur les mêmes mini-lots</translation>
    </message>
    <message>
        <source>Comparing with an unregularized baseline (dashed)</source>
        <translation>Comparaison avec une référence non régularisée (tirets)</translation>
    </message>
    <message>
        <source>Baseline off</source>
        <translation>Référence désactivée</translation>
    </message>
    <message>
        <source>Reset — a new net from the same seed</source>
        <translation>Réinitialisé — un nouveau réseau depuis la même graine</translation>
    </message>
    <message>
        <source>Session {name}: step {step}, weights restored</source>
        <translation>Session {name} : pas {step}, poids restaurés</translation>
    </message>
    <message>
        <source>Session {name}: no weights saved, trained again from its seed</source>
        <translation>Session {name} : aucun poids enregistré, réentraînée depuis sa graine</translation>
    </message>
    <message>
        <source>Not applied — keep at least two training points</source>
        <translation>Non appliqué — gardez au moins deux points d’entraînement</translation>
    </message>
    <message>
        <source>{count} training points — the nets train on them from the next step</source>
        <translation>{count} points d’entraînement — les réseaux s’entraînent dessus dès le pas suivant</translation>
    </message>
    <message>
        <source>The generated training set is back</source>
        <translation>Le jeu d’entraînement généré est de retour</translation>
    </message>
    <message>
        <source>Loading the training engine — training starts as soon as it is ready</source>
        <translation>Chargement du moteur d’entraînement — l’entraînement démarre dès qu’il est prêt</translation>
    </message>
    <message>
        <source>Loading the training engine — paused</source>
        <translation>Chargement du moteur d’entraînement — en pause</translation>
    </message>
    <message>
        <source>Training {count} steps…</source>
        <translation>Entraînement de {count} pas…</translation>
    </message>
    <message>
        <source>New data settings: the edited training points were dropped</source>
        <translation>Nouveaux réglages de données : les points d’entraînement modifiés ont été abandonnés</translation>
    </message>
    <message>
        <source>Ready — press Space to train</source>
        <translation>Prêt — appuyez sur Espace pour entraîner</translation>
    </message>
    <message>
        <source>{stopped} Space trains on.</source>
        <translation>{stopped} Espace poursuit l’entraînement.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Type a value from {low} to {high}, then Enter</source>
        <translation>Saisissez une valeur de {low} à {high}, puis Entrée</translation>
    </message>
    <message>
        <source>{name}: {low} … {high}</source>
        <translation>{name} : {low} … {high}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Loading plots…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>regviz — regularization, live</source>
        <translation>regviz — la régularisation, en direct</translation>
    </message>
    <message>
        <source>The notes&apos; X and y, trained live: y = w·x + b on the paired MSE</source>
        <translation>X et y des notes, entraînés en direct : y = w·x + b sur la MSE appariée</translation>
    </message>
    <message>
        <source>Loading the training engine (torch)…</source>
        <translation>Chargement du moteur d’entraînement (torch)…</translation>
    </message>
    <message>
        <source>New augmentation examples</source>
        <translation>Nouveaux exemples d’augmentation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Augmentation</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch norm</translation>
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
        <translation>Balayage λ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
</context>
</TS>
