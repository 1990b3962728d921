<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>access</name>
    <message>
        <source>Arrow keys step it, Page Up and Page Down take bigger steps</source>
        <translation>Las flechas lo mueven paso a paso; Re Pág y Av Pág, en pasos mayores</translation>
    </message>
    <message>
        <source>Up and Down choose</source>
        <translation>Arriba y Abajo eligen</translation>
    </message>
    <message>
        <source>Type a value, then Enter</source>
        <translation>Escriba un valor y pulse Intro</translation>
    </message>
    <message>
        <source>Enter switches it on or off</source>
        <translation>Intro lo activa o desactiva</translation>
    </message>
    <message>
        <source>Enter presses it</source>
        <translation>Intro lo pulsa</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>curva</translation>
    </message>
    <message>
        <source>{name} {value} at {x}</source>
        <translation>{name} {value} en {x}</translation>
    </message>
    <message>
        <source>map from {low} to {high}</source>
        <translation>mapa de {low} a {high}</translation>
    </message>
    <message>
        <source>Nothing drawn yet</source>
        <translation>Aún no hay nada dibujado</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation>valor de {name}</translation>
    </message>
</context>
<context>
    <name>autosave</name>
    <message>
        <source>Autosave failed: {error}. The session is not protected against a crash until it succeeds.</source>
        <translation>Falló el guardado automático: {error}. La sesión no está protegida contra un cierre inesperado hasta que funcione.</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Falló el guardado automático</translation>
    </message>
    <message>
        <source>An autosaved session could not be read ({error}); it stays in {folder}</source>
        <translation>No se pudo leer una sesión guardada automáticamente ({error}); queda en {folder}</translation>
    </message>
    <message>
        <source>regviz did not close properly last time. It had autosaved “{name}” at step {step} ({when}).

Restore it? Discard deletes it; Not now keeps it for the next start.</source>
        <translation>regviz no se cerró correctamente la última vez. Había guardado automáticamente «{name}» en el paso {step} ({when}).

¿Restaurarla? Descartar la borra; Ahora no la guarda para el próximo inicio.</translation>
    </message>
    <message>
        <source>Restore the autosaved session?</source>
        <translation>¿Restaurar la sesión guardada automáticamente?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Restored the autosaved session at step {step}</source>
        <translation>Sesión guardada automáticamente restaurada en el paso {step}</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open data (CSV: x1,x2,label or x,y)</source>
        <translation>Abrir datos (CSV: x1,x2,label o x,y)</translation>
    </message>
    <message>
        <source>Cannot use this data</source>
        <translation>No se pueden usar estos datos</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se cambió nada.</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points (x, y: a regression) — a new net</source>
        <translation>Datos: {file}, {count} puntos (x, y: una regresión) — una red nueva</translation>
    </message>
    <message>
        <source>Data: {file}, {count} points ({classes} classes) — a new net</source>
        <translation>Datos: {file}, {count} puntos ({classes} clases) — una red nueva</translation>
    </message>
    <message>
        <source>Only 2-D points or a regression&apos;s x,y have a training set to export as CSV</source>
        <translation>Solo los puntos 2D o los x,y de una regresión tienen un conjunto de entrenamiento exportable como CSV</translation>
    </message>
    <message>
        <source>Export the training set as CSV</source>
        <translation>Exportar el conjunto de entrenamiento como CSV</translation>
    </message>
    <message>
        <source>Cannot export the training set</source>
        <translation>No se puede exportar el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>{count} training points written to {path}</source>
        <translation>{count} puntos de entrenamiento escritos en {path}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>The loss diverged at step {step} (it became NaN or infinite) — lower the learning rate, then press R to reset.</source>
        <translation>La pérdida divergió en el paso {step} (se volvió NaN o infinita): baje la tasa de aprendizaje y pulse R para reiniciar.</translation>
    </message>
    <message>
        <source>Training paused</source>
        <translation>Entrenamiento en pausa</translation>
    </message>
    <message>
        <source>Training stopped: {error}</source>
        <translation>Entrenamiento detenido: {error}</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Training stopped with an error:

{error}

Change the settings and press R to start again.</source>
        <translation>El entrenamiento se detuvo con un error:

{error}

Cambie los ajustes y pulse R para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The training engine could not start: {error}</source>
        <translation>El motor de entrenamiento no pudo arrancar: {error}</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly. Press R to start it again.</source>
        <translation>El proceso de entrenamiento se detuvo inesperadamente. Pulse R para iniciarlo de nuevo.</translation>
    </message>
    <message>
        <source>the training process stopped before it sent the nets&apos; weights</source>
        <translation>el proceso de entrenamiento se detuvo antes de enviar los pesos de las redes</translation>
    </message>
    <message>
        <source>a new run replaced the nets before they sent their weights</source>
        <translation>una nueva ejecución reemplazó las redes antes de que enviaran sus pesos</translation>
    </message>
    <message>
        <source>the run ended (it failed or diverged) before it sent the nets&apos; weights</source>
        <translation>la ejecución terminó (falló o divergió) antes de enviar los pesos de las redes</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>regviz sessions (*.regviz);;JSON (*.json);;All files (*)</source>
        <translation>Sesiones de regviz (*.regviz);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Finishing the save — the window closes when it is written (close again to quit without it)</source>
        <translation>Terminando de guardar: la ventana se cierra cuando se haya escrito (ciérrela otra vez para salir sin guardar)</translation>
    </message>
    <message>
        <source>Experiment copied as one line ({count} characters): paste it into regviz (File ▸ Paste experiment) or regviz train --config</source>
        <translation>Experimento copiado como una línea ({count} caracteres): péguelo en regviz (Archivo ▸ Pegar experimento) o en regviz train --config</translation>
    </message>
    <message>
        <source>Cannot paste the experiment</source>
        <translation>No se puede pegar el experimento</translation>
    </message>
    <message>
        <source>Experiment pasted: {name}</source>
        <translation>Experimento pegado: {name}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>the run has ended: its loss diverged</source>
        <translation>la ejecución terminó: su pérdida divergió</translation>
    </message>
    <message>
        <source>the training process is not running</source>
        <translation>el proceso de entrenamiento no está en marcha</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message>
        <source>Not saved: {file} — the nets&apos; weights never came</source>
        <translation>No guardado: {file} — los pesos de las redes nunca llegaron</translation>
    </message>
    <message>
        <source>The session was not saved to
{paths}

{why}: the weights of the nets you trained were lost (any earlier file there is unchanged).

The config and the metrics up to step {step} can still be saved, without weights: opening that session trains the nets again from their seed.</source>
        <translation>La sesión no se guardó en
{paths}

{why}: se perdieron los pesos de las redes entrenadas (un archivo anterior allí no ha cambiado).

La configuración y las métricas hasta el paso {step} aún pueden guardarse sin pesos: al abrir esa sesión, las redes se entrenan de nuevo desde su semilla.</translation>
    </message>
    <message>
        <source>The session was not saved</source>
        <translation>La sesión no se guardó</translation>
    </message>
    <message>
        <source>Save without weights</source>
        <translation>Guardar sin pesos</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Not saved: {files}</source>
        <translation>No guardado: {files}</translation>
    </message>
    <message>
        <source>Saved {path} (with weights)</source>
        <translation>{path} guardado (con pesos)</translation>
    </message>
    <message>
        <source>Saved {path} (without weights)</source>
        <translation>{path} guardado (sin pesos)</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <source>{error}

The session was not saved; an earlier file there is unchanged.</source>
        <translation>{error}

La sesión no se guardó; un archivo anterior allí no ha cambiado.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.</source>
        <translation>{error}

Ese archivo no se escribió; un archivo anterior allí no ha cambiado.</translation>
    </message>
    <message>
        <source>{error}

That file was not written; an earlier file there is unchanged.

{written} of {total} files were written before it.</source>
        <translation>{error}

Ese archivo no se escribió; un archivo anterior allí no ha cambiado.

Antes se escribieron {written} de {total} archivos.</translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation>Exportar gráficos a una carpeta</translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation>No se pueden exportar los gráficos</translation>
    </message>
    <message>
        <source>Exported {count} files to {folder}</source>
        <translation>{count} archivos exportados a {folder}</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Guardar la ventana como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>Exportar como script de PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the script</source>
        <translation>No se puede exportar el script</translation>
    </message>
    <message>
        <source>Script written to {path} — run it with python</source>
        <translation>Script escrito en {path}: ejecútelo con python</translation>
    </message>
    <message>
        <source>No predictions yet: a lesson&apos;s prediction steps record them</source>
        <translation>Aún no hay predicciones: los pasos de predicción de una lección las registran</translation>
    </message>
    <message>
        <source>Export the class&apos;s predictions</source>
        <translation>Exportar las predicciones de la clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the predictions</source>
        <translation>No se pueden exportar las predicciones</translation>
    </message>
    <message>
        <source>{count} predictions written to {path}</source>
        <translation>{count} predicciones escritas en {path}</translation>
    </message>
    <message>
        <source>Recording a GIF of this tab — stop it from the File menu</source>
        <translation>Grabando un GIF de esta pestaña: deténgalo desde el menú Archivo</translation>
    </message>
    <message>
        <source>No frames: the GIF records while the net trains</source>
        <translation>Sin fotogramas: el GIF graba mientras la red entrena</translation>
    </message>
    <message>
        <source>Save animated GIF</source>
        <translation>Guardar GIF animado</translation>
    </message>
    <message>
        <source>GIF images (*.gif)</source>
        <translation>Imágenes GIF (*.gif)</translation>
    </message>
    <message>
        <source>Cannot save the GIF</source>
        <translation>No se puede guardar el GIF</translation>
    </message>
    <message>
        <source>Saved {count} frames to {path}</source>
        <translation>{count} fotogramas guardados en {path}</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>{error}

The lesson format is described in docs/lessons.md.</source>
        <translation>{error}

El formato de las lecciones se describe en docs/lessons.md.</translation>
    </message>
    <message>
        <source>Finishing this step&apos;s training first (at full speed)…</source>
        <translation>Primero termina el entrenamiento de este paso (a toda velocidad)…</translation>
    </message>
    <message>
        <source>Lesson step {number}: {title}</source>
        <translation>Lección, paso {number}: {title}</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train / pause (Space)</source>
        <translation>Entrenar / pausa (Espacio)</translation>
    </message>
    <message>
        <source>Train one step (S)</source>
        <translation>Entrenar un paso (S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>A new net from the same seed (R)</source>
        <translation>Una red nueva desde la misma semilla (R)</translation>
    </message>
    <message>
        <source>Compare with baseline</source>
        <translation>Comparar con la referencia</translation>
    </message>
    <message>
        <source>Race up to four…</source>
        <translation>Carrera de hasta cuatro…</translation>
    </message>
    <message>
        <source>Race…</source>
        <translation>Carrera…</translation>
    </message>
    <message>
        <source>Train 2 to 4 variants of this experiment from one start, on the same minibatches (a line style each)</source>
        <translation>Entrenar de 2 a 4 variantes de este experimento desde un mismo inicio, con los mismos minilotes (un estilo de línea cada una)</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>Mostrar puntos de prueba</translation>
    </message>
    <message>
        <source>Narration under the plots</source>
        <translation>Narración bajo los gráficos</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Abrir sesión…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Guardar sesión…</translation>
    </message>
    <message>
        <source>Include weights in saved sessions</source>
        <translation>Incluir los pesos en las sesiones guardadas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>One training step</source>
        <translation>Un paso de entrenamiento</translation>
    </message>
    <message>
        <source>Reset: new net, same seed (on the Augmentation tab: draw new examples)</source>
        <translation>Reiniciar: red nueva, misma semilla (en la pestaña Aumento: sacar ejemplos nuevos)</translation>
    </message>
    <message>
        <source>Compare with baseline on/off</source>
        <translation>Comparar con la referencia sí/no</translation>
    </message>
    <message>
        <source>Race up to four variants from one start</source>
        <translation>Carrera de hasta cuatro variantes desde un mismo inicio</translation>
    </message>
    <message>
        <source>Lesson: next / previous step (what a presenter&apos;s remote sends)</source>
        <translation>Lección: paso siguiente / anterior (lo que envía un mando de presentaciones)</translation>
    </message>
    <message>
        <source>Presentation mode: full screen, large type</source>
        <translation>Modo presentación: pantalla completa, letra grande</translation>
    </message>
    <message>
        <source>Open / save a session</source>
        <translation>Abrir / guardar una sesión</translation>
    </message>
    <message>
        <source>Open data: a CSV of your own points (x1,x2,label, or x,y for a regression)</source>
        <translation>Abrir datos: un CSV con sus propios puntos (x1,x2,label, o x,y para una regresión)</translation>
    </message>
    <message>
        <source>Copy / paste the experiment as one line of text</source>
        <translation>Copiar / pegar el experimento como una línea de texto</translation>
    </message>
    <message>
        <source>Export the plots on this tab</source>
        <translation>Exportar los gráficos de esta pestaña</translation>
    </message>
    <message>
        <source>Next / previous control (Enter presses a button or switches a box; the arrows move a focused slider; typing goes to a focused field)</source>
        <translation>Control siguiente / anterior (Intro pulsa un botón o marca una casilla; las flechas mueven el deslizador enfocado; lo que se escribe va al campo enfocado)</translation>
    </message>
    <message>
        <source>On the decision boundary (Tab to it): move the cursor, add a point there (Ctrl+Enter: the other class), delete the point under it</source>
        <translation>En la frontera de decisión (llegue con Tab): mover el cursor, añadir un punto ahí (Ctrl+Intro: la otra clase), borrar el punto que hay debajo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Record animated GIF of this tab</source>
        <translation>Grabar un GIF animado de esta pestaña</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Open data (CSV)…</source>
        <translation>Abrir datos (CSV)…</translation>
    </message>
    <message>
        <source>Copy experiment (one line)</source>
        <translation>Copiar experimento (una línea)</translation>
    </message>
    <message>
        <source>Paste experiment</source>
        <translation>Pegar experimento</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Plots on this tab (PNG, SVG, CSV)…</source>
        <translation>Gráficos de esta pestaña (PNG, SVG, CSV)…</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Ventana como PNG…</translation>
    </message>
    <message>
        <source>Training set as CSV…</source>
        <translation>Conjunto de entrenamiento como CSV…</translation>
    </message>
    <message>
        <source>Experiment as a PyTorch script…</source>
        <translation>Experimento como script de PyTorch…</translation>
    </message>
    <message>
        <source>Class predictions (CSV)…</source>
        <translation>Predicciones de la clase (CSV)…</translation>
    </message>
    <message>
        <source>Experiment as a notebook…</source>
        <translation>Experimento como cuaderno…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>λ sweep…</source>
        <translation>Barrido de λ…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>Abrir un archivo de lección…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Light theme (high contrast)</source>
        <translation>Tema claro (alto contraste)</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About regviz</source>
        <translation>Acerca de regviz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Velocidad </translation>
    </message>
    <message>
        <source>Train an unregularized twin from the same initial weights on the same minibatches (dashed curves)</source>
        <translation>Entrenar un gemelo sin regularizar con los mismos pesos iniciales y los mismos minilotes (curvas discontinuas)</translation>
    </message>
    <message>
        <source> step {step} · epoch {epoch} </source>
        <translation> paso {step} · época {epoch} </translation>
    </message>
    <message>
        <source> max </source>
        <translation> máx. </translation>
    </message>
    <message>
        <source> {speed}/s </source>
        <translation> {speed}/s </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Training — Space pauses</source>
        <translation>Entrenando: Espacio pausa</translation>
    </message>
    <message>
        <source>Paused — Space trains, S steps once</source>
        <translation>En pausa: Espacio entrena, S da un paso</translation>
    </message>
    <message>
        <source>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;See regularization in neural networks working, live.&lt;/p&gt;&lt;p&gt;Bundled data: MNIST subset (LeCun, Cortes, Burges), CC BY-SA 3.0; photos by Stefan van der Walt and Rachel Michetti (CC0), NASA and SpaceX (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;regviz {version}&lt;/h3&gt;&lt;p&gt;Vea la regularización de redes neuronales en acción, en directo.&lt;/p&gt;&lt;p&gt;Datos incluidos: subconjunto de MNIST (LeCun, Cortes, Burges), CC BY-SA 3.0; fotos de Stefan van der Walt y Rachel Michetti (CC0), NASA y SpaceX (dominio público).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>Export as a Jupyter notebook</source>
        <translation>Exportar como cuaderno de Jupyter</translation>
    </message>
    <message>
        <source>Jupyter notebooks (*.ipynb)</source>
        <translation>Cuadernos de Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>Cannot export the notebook</source>
        <translation>No se puede exportar el cuaderno</translation>
    </message>
    <message>
        <source>Notebook written to {path} — open it in Jupyter or upload it to Colab</source>
        <translation>Cuaderno escrito en {path}: ábralo en Jupyter o súbalo a Colab</translation>
    </message>
</context>
<context>
    <name>prediction</name>
    <message>
        <source>Skip the question</source>
        <translation>Saltar la pregunta</translation>
    </message>
    <message>
        <source>Train ▶</source>
        <translation>Entrenar ▶</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>manos</translation>
    </message>
    <message>
        <source>How many in the class chose each answer (optional)</source>
        <translation>Cuántos en la clase eligieron cada respuesta (opcional)</translation>
    </message>
    <message>
        <source>The class&apos;s answer (key {number})</source>
        <translation>Respuesta de la clase (tecla {number})</translation>
    </message>
    <message>
        <source>How many in the class chose this answer (optional)</source>
        <translation>Cuántos en la clase eligieron esta respuesta (opcional)</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space trains the step.</source>
        <translation>Elija la respuesta de la clase (teclas 1–{count} o clic) o sáltela; luego Espacio entrena el paso.</translation>
    </message>
    <message>
        <source>Pick the class&apos;s answer (keys 1–{count} or click), or skip; then Space reveals what the run says.</source>
        <translation>Elija la respuesta de la clase (teclas 1–{count} o clic) o sáltela; luego Espacio revela lo que dice la ejecución.</translation>
    </message>
    <message>
        <source>✓ true</source>
        <translation>✓ verdadero</translation>
    </message>
    <message>
        <source>✗ false</source>
        <translation>✗ falso</translation>
    </message>
    <message>
        <source>? not measured</source>
        <translation>? sin medir</translation>
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
        <translation>manos: {count}</translation>
    </message>
    <message>
        <source>the class&apos;s answer</source>
        <translation>respuesta de la clase</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prediga:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict first: pick the class&apos;s answer (keys 1–{count}) or skip the question</source>
        <translation>Primero la predicción: elija la respuesta de la clase (teclas 1–{count}) o salte la pregunta</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Train) trains the step; until then the pick can change.</source>
        <translation>Respuesta de la clase: {number}. Espacio (o Entrenar) entrena el paso; hasta entonces la elección puede cambiar.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. Space (or Reveal) reveals what the run says; until then the pick can change.</source>
        <translation>Respuesta de la clase: {number}. Espacio (o Revelar) revela lo que dice la ejecución; hasta entonces la elección puede cambiar.</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to train the step</source>
        <translation>Respuesta de la clase: {number}: pulse Espacio para entrenar el paso</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number} — press Space to reveal</source>
        <translation>Respuesta de la clase: {number}: pulse Espacio para revelar</translation>
    </message>
    <message>
        <source>Training waits for the class&apos;s prediction: pick an answer (keys 1–{count}) or skip the question</source>
        <translation>El entrenamiento espera la predicción de la clase: elija una respuesta (teclas 1–{count}) o salte la pregunta</translation>
    </message>
    <message>
        <source>Press Space to train this step: its run answers the question</source>
        <translation>Pulse Espacio para entrenar este paso: su ejecución responde a la pregunta</translation>
    </message>
    <message>
        <source>Press Space to reveal: the run as it stands answers the question</source>
        <translation>Pulse Espacio para revelar: la ejecución tal como está responde a la pregunta</translation>
    </message>
    <message>
        <source>Training… the run answers when the step ends.</source>
        <translation>Entrenando… la ejecución responde cuando termine el paso.</translation>
    </message>
    <message>
        <source>The run as it stands answers…</source>
        <translation>La ejecución tal como está responde…</translation>
    </message>
    <message>
        <source>The class&apos;s answer: {number}. {doing}</source>
        <translation>Respuesta de la clase: {number}. {doing}</translation>
    </message>
    <message>
        <source>The run as it stands answers (step {step}): this step trains nothing</source>
        <translation>La ejecución tal como está responde (paso {step}): este paso no entrena nada</translation>
    </message>
    <message>
        <source>The run made no answer true.</source>
        <translation>La ejecución no hizo verdadera ninguna respuesta.</translation>
    </message>
    <message>
        <source>The run made answer {number} true.</source>
        <translation>La ejecución hizo verdadera la respuesta {number}.</translation>
    </message>
    <message>
        <source>The run made answers {numbers} true.</source>
        <translation>La ejecución hizo verdaderas las respuestas {numbers}.</translation>
    </message>
    <message>
        <source>The class answered {number}.</source>
        <translation>La clase respondió {number}.</translation>
    </message>
    <message>
        <source>The class skipped the question.</source>
        <translation>La clase saltó la pregunta.</translation>
    </message>
    <message>
        <source>This run contradicts the lesson&apos;s expected answer ({number}): on this seed and with these settings it came out otherwise.</source>
        <translation>Esta ejecución contradice la respuesta esperada por la lección ({number}): con esta semilla y estos ajustes salió de otro modo.</translation>
    </message>
    <message>
        <source>hands: </source>
        <translation>manos: </translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>solid</source>
        <translation>continua</translation>
    </message>
    <message>
        <source>dashed</source>
        <translation>discontinua</translation>
    </message>
    <message>
        <source>dotted</source>
        <translation>punteada</translation>
    </message>
    <message>
        <source>dash-dot</source>
        <translation>raya y punto</translation>
    </message>
    <message>
        <source>Race up to four variants</source>
        <translation>Carrera de hasta cuatro variantes</translation>
    </message>
    <message>
        <source>Each variant trains from the same initial weights on the same minibatches; only its settings differ. Write each as NAME:KEY=VALUE,… (NAME: alone is the experiment as it is). A line style tells them apart on every plot.</source>
        <translation>Cada variante entrena desde los mismos pesos iniciales con los mismos minilotes; solo cambian sus ajustes. Escriba cada una como NAME:KEY=VALUE,… (NAME: solo es el experimento tal como está). Un estilo de línea las distingue en cada gráfico.</translation>
    </message>
    <message>
        <source>Ready-made</source>
        <translation>Predefinida</translation>
    </message>
    <message>
        <source>Every regularizer off, except what a variant sets</source>
        <translation>Todos los regularizadores desactivados, salvo lo que fije una variante</translation>
    </message>
    <message>
        <source>Race from the unregularized experiment (L1, L2, weight decay, dropout, augmentation and adversarial training off), so &apos;none&apos; means none and &apos;l2&apos; means L2 alone</source>
        <translation>Carrera desde el experimento sin regularizar (L1, L2, weight decay, dropout, aumento de datos y entrenamiento adversario desactivados), así &apos;none&apos; significa ninguno y &apos;l2&apos; solo L2</translation>
    </message>
    <message>
        <source>Start the race</source>
        <translation>Empezar la carrera</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>The variant the sliders and boxes below change; &apos;every variant&apos; sets a value for all of them</source>
        <translation>La variante que cambian los deslizadores y casillas de abajo; «cada variante» fija un valor para todas</translation>
    </message>
    <message>
        <source>End race</source>
        <translation>Terminar la carrera</translation>
    </message>
    <message>
        <source>Back to one net with the experiment&apos;s shared settings</source>
        <translation>Volver a una sola red con los ajustes comunes del experimento</translation>
    </message>
    <message>
        <source>Race ended: one net</source>
        <translation>Carrera terminada: una red</translation>
    </message>
    <message>
        <source>Changes go to</source>
        <translation>Cambios para</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>cada variante</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Predict:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prediga:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revealed:&lt;/b&gt; {question}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Revelado:&lt;/b&gt; {question}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme, presentation mode.</source>
        <translation>Generado con &lt;code&gt;regviz render-lesson&lt;/code&gt; a {width}×{height}, tema {theme}, modo presentación.</translation>
    </message>
    <message>
        <source>Rendered by &lt;code&gt;regviz render-lesson&lt;/code&gt; at {width}×{height}, {theme} theme.</source>
        <translation>Generado con &lt;code&gt;regviz render-lesson&lt;/code&gt; a {width}×{height}, tema {theme}.</translation>
    </message>
    <message>
        <source>regviz lessons</source>
        <translation>Lecciones de regviz</translation>
    </message>
    <message>
        <source>Step {number}: {title}</source>
        <translation>Paso {number}: {title}</translation>
    </message>
</context>
<context>
    <name>stage</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Show or hide the controls (presentation mode folds them away so the plots get the room)</source>
        <translation>Mostrar u ocultar los controles (el modo presentación los pliega para dejar sitio a los gráficos)</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>Lecciones (*.json)</translation>
    </message>
</context>
<context>
    <name>state</name>
    <message>
        <source>{key} = {value} — applied to the running net</source>
        <translation>{key} = {value}: aplicado a la red en marcha</translation>
    </message>
    <message>
        <source>{key} changed — the net was reset</source>
        <translation>{key} cambiado: la red se reinició</translation>
    </message>
    <message>
        <source>every variant</source>
        <translation>cada variante</translation>
    </message>
    <message>
        <source>{key} = {value} — applied to {variant}</source>
        <translation>{key} = {value}: aplicado a {variant}</translation>
    </message>
    <message>
        <source>{key} changed for {variant} — the race starts again from one start</source>
        <translation>{key} cambiado para {variant}: la carrera vuelve a empezar desde un mismo inicio</translation>
    </message>
    <message>
        <source>Not applied — {error}</source>
        <translation>No aplicado: {error}</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Preset {name}: {description}</source>
        <translation>Preajuste {name}: {description}</translation>
    </message>
    <message>
        <source>Batch norm: the same deep net with (solid) and without (dashed) it</source>
        <translation>Batch norm: la misma red profunda con ella (continua) y sin ella (discontinua)</translation>
    </message>
    <message>
        <source>FGSM: training a standard and an adversarially trained net</source>
        <translation>FGSM: entrenando una red estándar y una entrenada de forma adversaria</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>A race of {count}: {names} — from one start, on the same minibatches</source>
        <translation>Una carrera de {count}: {names} — desde un mismo inicio, con los mismos minilotes</translation>
    </message>
    <message>
        <source>Comparing with an unregularized baseline (dashed)</source>
        <translation>Comparando con una referencia sin regularizar (discontinua)</translation>
    </message>
    <message>
        <source>Baseline off</source>
        <translation>Referencia desactivada</translation>
    </message>
    <message>
        <source>Reset — a new net from the same seed</source>
        <translation>Reiniciado: una red nueva desde la misma semilla</translation>
    </message>
    <message>
        <source>Session {name}: step {step}, weights restored</source>
        <translation>Sesión {name}: paso {step}, pesos restaurados</translation>
    </message>
    <message>
        <source>Session {name}: no weights saved, trained again from its seed</source>
        <translation>Sesión {name}: sin pesos guardados, entrenada de nuevo desde su semilla</translation>
    </message>
    <message>
        <source>Not applied — keep at least two training points</source>
        <translation>No aplicado: deje al menos dos puntos de entrenamiento</translation>
    </message>
    <message>
        <source>{count} training points — the nets train on them from the next step</source>
        <translation>{count} puntos de entrenamiento: las redes entrenan con ellos desde el próximo paso</translation>
    </message>
    <message>
        <source>The generated training set is back</source>
        <translation>Vuelve el conjunto de entrenamiento generado</translation>
    </message>
    <message>
        <source>Loading the training engine — training starts as soon as it is ready</source>
        <translation>Cargando el motor de entrenamiento: el entrenamiento empieza en cuanto esté listo</translation>
    </message>
    <message>
        <source>Loading the training engine — paused</source>
        <translation>Cargando el motor de entrenamiento: en pausa</translation>
    </message>
    <message>
        <source>Training {count} steps…</source>
        <translation>Entrenando {count} pasos…</translation>
    </message>
    <message>
        <source>New data settings: the edited training points were dropped</source>
        <translation>Nuevos ajustes de datos: se descartaron los puntos de entrenamiento editados</translation>
    </message>
    <message>
        <source>Ready — press Space to train</source>
        <translation>Listo: pulse Espacio para entrenar</translation>
    </message>
    <message>
        <source>{stopped} Space trains on.</source>
        <translation>{stopped} Espacio sigue entrenando.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Type a value from {low} to {high}, then Enter</source>
        <translation>Escriba un valor de {low} a {high} y pulse Intro</translation>
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
        <translation>Cargando gráficos…</translation>
    </message>
    <message>
        <source>regviz — regularization, live</source>
        <translation>regviz — regularización, en directo</translation>
    </message>
    <message>
        <source>The notes&apos; X and y, trained live: y = w·x + b on the paired MSE</source>
        <translation>X e y de los apuntes, entrenados en directo: y = w·x + b con el MSE por pares</translation>
    </message>
    <message>
        <source>Loading the training engine (torch)…</source>
        <translation>Cargando el motor de entrenamiento (torch)…</translation>
    </message>
    <message>
        <source>New augmentation examples</source>
        <translation>Nuevos ejemplos de aumento</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento</translation>
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
        <translation>Barrido de λ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
</context>
</TS>
