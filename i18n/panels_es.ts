<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AugmentationPanel</name>
    <message>
        <source>MNIST digit 7</source>
        <translation>dígito MNIST 7</translation>
    </message>
    <message>
        <source>MNIST digit 2</source>
        <translation>dígito MNIST 2</translation>
    </message>
    <message>
        <source>MNIST digit 0</source>
        <translation>dígito MNIST 0</translation>
    </message>
    <message>
        <source>Your image…</source>
        <translation>Tu imagen…</translation>
    </message>
    <message>
        <source>Horizontal flip p</source>
        <translation>Volteo horizontal p</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>Rotación (grados)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Crop: keep at least this area</source>
        <translation>Recorte: área mínima</translation>
    </message>
    <message>
        <source>Crop: aspect ratio up to</source>
        <translation>Recorte: proporción hasta</translation>
    </message>
    <message>
        <source>Gaussian noise σ</source>
        <translation>Ruido gaussiano σ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Open an image… (or drop one here)</source>
        <translation>Abrir una imagen… (o soltarla aquí)</translation>
    </message>
    <message>
        <source>Transforms (as training uses them)</source>
        <translation>Transformaciones (como al entrenar)</translation>
    </message>
    <message>
        <source>Re-roll (R)</source>
        <translation>Otra tirada (R)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Show the code…</source>
        <translation>Mostrar el código…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The pipeline as torchvision code</source>
        <translation>La canalización como código de torchvision</translation>
    </message>
    <message>
        <source>Open an image</source>
        <translation>Abrir una imagen</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
</context>
<context>
    <name>BatchNormPanel</name>
    <message>
        <source>Press the button above, then Space</source>
        <translation>Pulsa el botón de arriba y luego Espacio</translation>
    </message>
    <message>
        <source>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: mean and variance of x over the batch; γ, β: learned scale and shift; ε: a small number against division by zero.</source>
        <translation>&lt;b&gt;BN(x) = γ·(x − μ) / √(σ² + ε) + β&lt;/b&gt; &amp;nbsp; μ, σ²: media y varianza de x en el lote; γ, β: escala y desplazamiento aprendidos; ε: un número pequeño contra la división por cero.</translation>
    </message>
    <message>
        <source>Left: the same 8-layer sigmoid net without and with batch norm, same initial weights, same minibatches. Without it, and with these initial weights, each layer passes on a fraction of the spread it gets (the sigmoid&apos;s slope is at most 1/4), so the deep layers&apos; histograms collapse to a spike and the net cannot learn. With it, every layer is rescaled to unit spread. Change &lt;i&gt;Initial weights&lt;/i&gt; in the Model box to see the signal vanish (small s) or survive (large s) — batch norm keeps it either way.</source>
        <translation>Izquierda: la misma red sigmoide de 8 capas sin y con batch norm, mismos pesos iniciales, mismos minilotes. Sin ella, con estos pesos iniciales, cada capa transmite solo una fracción de la dispersión que recibe (la pendiente de la sigmoide es como mucho 1/4), así que los histogramas de las capas profundas se reducen a un pico y la red no aprende. Con ella, cada capa se reescala a dispersión 1. Cambia &lt;i&gt;Pesos iniciales&lt;/i&gt; en el cuadro Modelo para ver la señal desaparecer (s pequeño) o sobrevivir (s grande): batch norm la conserva en ambos casos.</translation>
    </message>
    <message>
        <source>Press the button (then Space) to train the two nets.</source>
        <translation>Pulsa el botón (luego Espacio) para entrenar las dos redes.</translation>
    </message>
    <message>
        <source>std</source>
        <translation>desv. típ.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>input − its unit&apos;s mean</source>
        <translation>entrada − media de su unidad</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>capa {number}</translation>
    </message>
    <message>
        <source>Train with and without batch norm</source>
        <translation>Entrenar con y sin batch norm</translation>
    </message>
    <message>
        <source>Loads the deep preset and trains both nets side by side</source>
        <translation>Carga el preset profundo y entrena ambas redes en paralelo</translation>
    </message>
    <message>
        <source>Inputs, {net}</source>
        <translation>Entradas, {net}</translation>
    </message>
    <message>
        <source>Spread per layer</source>
        <translation>Dispersión por capa</translation>
    </message>
    <message>
        <source>Mean per layer</source>
        <translation>Media por capa</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>Spread by depth</source>
        <translation>Dispersión por profundidad</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>Solid: with batch norm; dashed: without; colour: layer (dark = first). Space trains, S steps.</source>
        <translation>Continua: con batch norm; discontinua: sin; color: capa (oscuro = primera). Espacio entrena, S da un paso.</translation>
    </message>
    <message>
        <source>layer {number} (no BN)</source>
        <translation>capa {number} (sin BN)</translation>
    </message>
</context>
<context>
    <name>BoundaryPanel</name>
    <message>
        <source>P(blue class): 0 orange … 1 blue</source>
        <translation>P(clase azul): 0 naranja … 1 azul</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>green</source>
        <translation>verde</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>morado</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>celeste</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>bermellón</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triángulo</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>rombo</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrella</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <source>an orange point</source>
        <translation>un punto naranja</translation>
    </message>
    <message>
        <source>a blue point</source>
        <translation>un punto azul</translation>
    </message>
    <message>
        <source>a point of class {name} ({colour} {shape})</source>
        <translation>un punto de la clase {name} ({shape} {colour})</translation>
    </message>
    <message>
        <source>click adds: {classes}</source>
        <translation>clic añade: {classes}</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <source>Deleted {point}: {n} training points now.</source>
        <translation>Borrado {point}: ahora {n} puntos de entrenamiento.</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Nada borrado: Mayús+clic sobre un punto lo borra.</translation>
    </message>
    <message>
        <source>Added {point} at ({x}, {y}): {n} training points now.</source>
        <translation>Añadido {point} en ({x}, {y}): ahora {n} puntos de entrenamiento.</translation>
    </message>
    <message>
        <source>Nothing added: that click landed on a training point. Click on an empty spot to add one (drag a point to move it).</source>
        <translation>Nada añadido: el clic cayó sobre un punto de entrenamiento. Haz clic en un sitio vacío para añadir uno (arrastra un punto para moverlo).</translation>
    </message>
    <message>
        <source>Moved {point} to ({x}, {y}).</source>
        <translation>Movido {point} a ({x}, {y}).</translation>
    </message>
    <message>
        <source>Nothing deleted: move the cursor onto a point (arrow keys), then press Delete.</source>
        <translation>Nada borrado: lleva el cursor a un punto (flechas) y pulsa Supr.</translation>
    </message>
    <message>
        <source>Arrow keys move a cursor, Enter adds a point there, Delete removes one.</source>
        <translation>Las flechas mueven un cursor, Intro añade un punto allí, Supr quita uno.</translation>
    </message>
    <message>
        <source>no point under it</source>
        <translation>ningún punto debajo</translation>
    </message>
    <message>
        <source>{point} under it</source>
        <translation>{point} debajo</translation>
    </message>
    <message>
        <source>Cursor at ({x}, {y}), {what}.</source>
        <translation>Cursor en ({x}, {y}), {what}.</translation>
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
        <translation>sin BN</translation>
    </message>
    <message>
        <source>the net</source>
        <translation>la red</translation>
    </message>
    <message>
        <source>regularized</source>
        <translation>regularizada</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>base</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>sin batch norm</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>adversarial</source>
        <translation>adversarial</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>paso {step}</translation>
    </message>
</context>
<context>
    <name>DropoutPanel</name>
    <message>
        <source>During training, dropout silences each hidden unit with probability p, a new random set at every step, so no unit can rely on a particular partner: the net learns redundant features and overfits less. At test time every unit is on. torch.nn.Dropout is &lt;i&gt;inverted&lt;/i&gt; dropout: the units it keeps are multiplied by 1/(1−p) while training, so their expected sum is what the full layer gives at test time and nothing needs rescaling then.</source>
        <translation>Durante el entrenamiento, dropout silencia cada unidad oculta con probabilidad p, un conjunto aleatorio nuevo en cada paso, así que ninguna unidad puede depender de una compañera concreta: la red aprende rasgos redundantes y sobreajusta menos. En la prueba todas las unidades están activas. torch.nn.Dropout es dropout &lt;i&gt;invertido&lt;/i&gt;: las unidades que conserva se multiplican por 1/(1−p) al entrenar, así su suma esperada es la de la capa completa en la prueba y entonces no hay que reescalar nada.</translation>
    </message>
    <message>
        <source>Switch Dropout on (left) and press Space: the crossed-out units change every step.</source>
        <translation>Activa Dropout (izquierda) y pulsa Espacio: las unidades tachadas cambian en cada paso.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>hidden {k}</source>
        <translation>oculta {k}</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ent</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sal</translation>
    </message>
    <message>
        <source>h{k}</source>
        <translation>o{k}</translation>
    </message>
    <message>
        <source>Test time (eval mode): every unit on</source>
        <translation>Prueba (modo eval): todas las unidades activas</translation>
    </message>
    <message>
        <source>Gap with and without dropout</source>
        <translation>Brecha con y sin dropout</translation>
    </message>
    <message>
        <source>The notes&apos; example, p = 0.5</source>
        <translation>El ejemplo de los apuntes, p = 0.5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{dropped} of {units}</source>
        <translation>{dropped} de {units}</translation>
    </message>
    <message>
        <source>Step {step}: this sample drops {dropped} units (first units of each hidden layer shown).</source>
        <translation>Paso {step}: esta muestra apaga {dropped} unidades (se ven las primeras de cada capa oculta).</translation>
    </message>
    <message>
        <source>Hidden outputs {hidden}, keeping units 1 and 3:&lt;br&gt;• the mask alone, as the notes write it: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• inverted dropout, what torch.nn.Dropout computes in training (kept × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;At test time torch passes {hidden} through unchanged.</source>
        <translation>Salidas ocultas {hidden}, conservando las unidades 1 y 3:&lt;br&gt;• solo la máscara, como en los apuntes: &lt;b&gt;{masked}&lt;/b&gt;&lt;br&gt;• dropout invertido, lo que calcula torch.nn.Dropout al entrenar (conservadas × 1/(1−p) = ×2): &lt;b&gt;{inverted}&lt;/b&gt;&lt;br&gt;En la prueba torch deja pasar {hidden} sin cambios.</translation>
    </message>
</context>
<context>
    <name>ErrorsPanel</name>
    <message>
        <source>{net}: true × guess</source>
        <translation>{net}: real × respuesta</translation>
    </message>
    <message>
        <source>true × guess</source>
        <translation>real × respuesta</translation>
    </message>
    <message>
        <source>true</source>
        <translation>real</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>accuracy per digit</source>
        <translation>exactitud por dígito</translation>
    </message>
    <message>
        <source>accuracy per class</source>
        <translation>exactitud por clase</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net; the pictures: the first test digits the net gets wrong, with its guess.</source>
        <translation>Filas: el dígito real; columnas: la respuesta de la red, en los dígitos de prueba. Las celdas coloreadas son errores (cuanto más intenso el naranja, mayor la parte de ese dígito mal leída); los números son recuentos. Las barras: la exactitud de cada dígito, una barra por red; las imágenes: los primeros dígitos de prueba que la red falla, con su respuesta.</translation>
    </message>
    <message>
        <source>Rows: the true digit; columns: the net&apos;s guess, on the test digits. Coloured cells are mistakes (the stronger the orange, the larger the share of that digit read wrong); the numbers are counts. The bars: each digit&apos;s accuracy, a bar per net in the key&apos;s order.</source>
        <translation>Filas: el dígito real; columnas: la respuesta de la red, en los dígitos de prueba. Las celdas coloreadas son errores (cuanto más intenso el naranja, mayor la parte de ese dígito mal leída); los números son recuentos. Las barras: la exactitud de cada dígito, una barra por red en el orden de la leyenda.</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the net&apos;s guess, on the test points. Coloured cells are mistakes (the stronger the orange, the larger the share of that class read wrong); the numbers are counts. The bars: each class&apos;s accuracy, a bar per net (the decision boundary shows where the mistakes are).</source>
        <translation>Filas: la clase real; columnas: la respuesta de la red, en los puntos de prueba. Las celdas coloreadas son errores (cuanto más intenso el naranja, mayor la parte de esa clase mal leída); los números son recuentos. Las barras: la exactitud de cada clase, una barra por red (la frontera de decisión muestra dónde están los errores).</translation>
    </message>
    <message>
        <source>The Errors tab applies to classification (a confusion matrix of classes). A regression has no classes to confuse: its fitted curve on the Training tab shows how far each point is from it.</source>
        <translation>La pestaña Errores es para clasificación (una matriz de confusión de clases). Una regresión no tiene clases que confundir: su curva ajustada en la pestaña Entrenamiento muestra lo lejos que está cada punto.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test digits appear here.</source>
        <translation>Entrena (Espacio): aquí aparecen los errores de cada red en los dígitos de prueba.</translation>
    </message>
    <message>
        <source>Train (Space): each net&apos;s mistakes on the test points appear here.</source>
        <translation>Entrena (Espacio): aquí aparecen los errores de cada red en los puntos de prueba.</translation>
    </message>
    <message>
        <source>{wrong} of {total} test digits wrong ({share:.0%})</source>
        <translation>{wrong} de {total} dígitos de prueba mal ({share:.0%})</translation>
    </message>
    <message>
        <source>{wrong} of {total} test points wrong ({share:.0%})</source>
        <translation>{wrong} de {total} puntos de prueba mal ({share:.0%})</translation>
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
        <translation>Cargar un experimento preparado</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Share of the training labels flipped to another class (the test labels stay true): a big net learns the wrong labels by heart, a regularized one less</source>
        <translation>Parte de las etiquetas de entrenamiento cambiadas a otra clase (las de prueba siguen correctas): una red grande memoriza las etiquetas falsas, una regularizada menos</translation>
    </message>
    <message>
        <source>Reset data</source>
        <translation>Reiniciar datos</translation>
    </message>
    <message>
        <source>Back to the generated training points (undo the points clicked in, dragged or deleted on the decision boundary)</source>
        <translation>Volver a los puntos de entrenamiento generados (deshace los puntos añadidos, arrastrados o borrados en la frontera de decisión)</translation>
    </message>
    <message>
        <source>Spiral arms or Gaussian blobs: 2 … 6 classes</source>
        <translation>Brazos de espiral o nubes gaussianas: 2 … 6 clases</translation>
    </message>
    <message>
        <source>Open data…</source>
        <translation>Abrir datos…</translation>
    </message>
    <message>
        <source>Your own points: a CSV with columns x1,x2,label (or drop the file on the window)</source>
        <translation>Tus propios puntos: un CSV con columnas x1,x2,label (o suelta el archivo en la ventana)</translation>
    </message>
    <message>
        <source>An input feature of each point (x₁, x₂), computed inside the net</source>
        <translation>Un rasgo de entrada de cada punto (x₁, x₂), calculado dentro de la red</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Rasgos</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Label noise</source>
        <translation>Ruido de etiquetas</translation>
    </message>
    <message>
        <source>Train share</source>
        <translation>Parte de entren.</translation>
    </message>
    <message>
        <source>Train examples</source>
        <translation>Ejemplos de entren.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Model and optimizer</source>
        <translation>Modelo y optimizador</translation>
    </message>
    <message>
        <source>1-D data: an MLP, or a polynomial (Legendre features of x, then one linear output)</source>
        <translation>Datos 1-D: un MLP o un polinomio (rasgos de Legendre de x y una salida lineal)</translation>
    </message>
    <message>
        <source>Hidden layer widths, e.g. 64, 64 (empty: no hidden layer, one linear layer)</source>
        <translation>Anchos de las capas ocultas, p. ej. 64, 64 (vacío: sin capa oculta, una capa lineal)</translation>
    </message>
    <message>
        <source>Initial weights ~ N(0, (s/√fan_in)²). Small s: a deep sigmoid net&apos;s signal vanishes layer by layer without batch norm; s = 4 keeps it.</source>
        <translation>Pesos iniciales ~ N(0, (s/√fan_in)²). s pequeño: sin batch norm la señal de una red sigmoide profunda se desvanece capa a capa; s = 4 la conserva.</translation>
    </message>
    <message>
        <source>torch default</source>
        <translation>por defecto de torch</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Pesos iniciales</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>Share of the training examples held back as a validation set: early stopping watches its loss (dotted), never the test set&apos;s</source>
        <translation>Parte de los ejemplos de entrenamiento reservada como conjunto de validación: la parada temprana vigila su pérdida (punteada), nunca la del conjunto de prueba</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Stop after this many checks (one every &apos;evaluate every&apos; steps) without a lower validation loss; needs a validation share</source>
        <translation>Parar tras tantas comprobaciones (una cada «evaluate every» pasos) sin una pérdida de validación menor; necesita una parte de validación</translation>
    </message>
    <message>
        <source>Restore best weights</source>
        <translation>Restaurar los mejores pesos</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
</context>
<context>
    <name>FgsmPanel</name>
    <message>
        <source>FGSM moves every pixel by ε in the direction that raises the loss: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). At ε = 0.2 the digit is still plainly itself to us, yet a standard net misreads almost every one. Adversarial training mixes such images into every batch, and the twin trained that way keeps most of its accuracy.</source>
        <translation>FGSM mueve cada píxel ε en la dirección que aumenta la pérdida: x&apos; = clamp(x + ε·sign(∇ₓ loss), 0, 1). Con ε = 0.2 el dígito sigue siendo claramente el mismo para nosotros, pero una red estándar confunde casi todos. El entrenamiento adversarial mezcla esas imágenes en cada lote, y la gemela entrenada así conserva casi toda su exactitud.</translation>
    </message>
    <message>
        <source>Train the nets first&lt;br&gt;(the button above)</source>
        <translation>Entrena primero las redes&lt;br&gt;(el botón de arriba)</translation>
    </message>
    <message>
        <source>Train standard and adversarial nets</source>
        <translation>Entrenar redes estándar y adversarial</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>%p % trained</source>
        <translation>%p % entrenado</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Al azar</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>sign(∇ₓ loss):&lt;br&gt;blue −ε, orange +ε</source>
        <translation>sign(∇ₓ loss):&lt;br&gt;azul −ε, naranja +ε</translation>
    </message>
    <message>
        <source>Test accuracy under attack</source>
        <translation>Exactitud de prueba bajo ataque</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>parte correcta</translation>
    </message>
    <message>
        <source>Accuracy under attack, once both nets are trained</source>
        <translation>Precisión bajo ataque, cuando ambas redes estén entrenadas</translation>
    </message>
    <message>
        <source>standard, FGSM</source>
        <translation>estándar, FGSM</translation>
    </message>
    <message>
        <source>adv. trained, FGSM</source>
        <translation>entren. adv., FGSM</translation>
    </message>
    <message>
        <source>standard, PGD</source>
        <translation>estándar, PGD</translation>
    </message>
    <message>
        <source>adv. trained, PGD</source>
        <translation>entren. adv., PGD</translation>
    </message>
    <message>
        <source>Press the button to train both nets (about half a minute); Stop pauses them.</source>
        <translation>Pulsa el botón para entrenar ambas redes (medio minuto aprox.); Parar las pausa.</translation>
    </message>
    <message>
        <source>Training both nets on the same minibatches…</source>
        <translation>Entrenando ambas redes con los mismos minilotes…</translation>
    </message>
    <message>
        <source>FGSM applies to classification: it pushes an image across a class boundary, and a regression has none. The button trains the MNIST pair instead.</source>
        <translation>FGSM es para clasificación: empuja una imagen al otro lado de una frontera de clase, y una regresión no tiene ninguna. El botón entrena en su lugar el par MNIST.</translation>
    </message>
    <message>
        <source>Trained. Move ε, pick digits, switch nets.</source>
        <translation>Entrenadas. Mueve ε, elige dígitos, cambia de red.</translation>
    </message>
    <message>
        <source>Paused. The pictures and curves show the nets as they are now.</source>
        <translation>En pausa. Las imágenes y curvas muestran las redes tal como están ahora.</translation>
    </message>
    <message>
        <source>a {digit}&lt;br&gt;net says {guess} ({confidence:.0%})</source>
        <translation>un {digit}&lt;br&gt;la red dice {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>net says {guess} ({confidence:.0%})</source>
        <translation>la red dice {guess} ({confidence:.0%})</translation>
    </message>
    <message>
        <source>Test digit #{index} through the {net} net.</source>
        <translation>Dígito de prueba n.º {index} por la red {net}.</translation>
    </message>
</context>
<context>
    <name>FilterGrid</name>
    <message>
        <source>unit {unit} of {units}: weights from {low} to {high}, {zero} exactly zero</source>
        <translation>unidad {unit} de {units}: pesos de {low} a {high}, {zero} exactamente cero</translation>
    </message>
</context>
<context>
    <name>FitPanel</name>
    <message>
        <source>Fitted curve</source>
        <translation>Curva ajustada</translation>
    </message>
    <message>
        <source>ŷ {net}</source>
        <translation>ŷ {net}</translation>
    </message>
    <message>
        <source>ŷ(x), the fit</source>
        <translation>ŷ(x), el ajuste</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>Nothing deleted: Shift+click on a point deletes it.</source>
        <translation>Nada borrado: Mayús+clic sobre un punto lo borra.</translation>
    </message>
    <message>
        <source>Deleted the point at ({x}, {y}): {n} training points now.</source>
        <translation>Borrado el punto en ({x}, {y}): ahora {n} puntos de entrenamiento.</translation>
    </message>
    <message>
        <source>Added a point at x = {x}, y = {y}: {n} training points now.</source>
        <translation>Añadido un punto en x = {x}, y = {y}: ahora {n} puntos de entrenamiento.</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Weight histogram</source>
        <translation>Histograma de pesos</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>valor del peso</translation>
    </message>
    <message>
        <source>share of weights (%)</source>
        <translation>parte de los pesos (%)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Open a link</source>
        <translation>Abrir un enlace</translation>
    </message>
    <message>
        <source>This lesson links to

{address}

Open it in your web browser?</source>
        <translation>Esta lección enlaza a

{address}

¿Abrirlo en el navegador?</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>Modo clase</translation>
    </message>
    <message>
        <source>Show only the controls, the tab and the plots this step needs</source>
        <translation>Mostrar solo los controles, la pestaña y los gráficos que necesita este paso</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Step {number} of {count} — {title}</source>
        <translation>Paso {number} de {count} — {title}</translation>
    </message>
</context>
<context>
    <name>NetworkGraph</name>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>hidden {layer}</source>
        <translation>oculta {layer}</translation>
    </message>
    <message>
        <source>{layer}
{units} units</source>
        <translation>{layer}
{units} unidades</translation>
    </message>
    <message>
        <source>+{hidden} more</source>
        <translation>+{hidden} más</translation>
    </message>
    <message>
        <source>ŷ, the fitted y</source>
        <translation>ŷ, la y ajustada</translation>
    </message>
    <message>
        <source>{layer}, {unit}</source>
        <translation>{layer}, {unit}</translation>
    </message>
    <message>
        <source>P(class {number})</source>
        <translation>P(clase {number})</translation>
    </message>
    <message>
        <source>unit {number}</source>
        <translation>unidad {number}</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane — dropped on this training step</source>
        <translation>{layer}, {unit}: de {low} a {high} sobre el plano — apagada en este paso de entrenamiento</translation>
    </message>
    <message>
        <source>{layer}, {unit}: from {low} to {high} over the plane</source>
        <translation>{layer}, {unit}: de {low} a {high} sobre el plano</translation>
    </message>
    <message>
        <source>class {number}</source>
        <translation>clase {number}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>A regression&apos;s net: its input column is x (or the polynomial&apos;s Legendre features P1 … Pd of x), its output ŷ, the fitted y. Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w|; exact zeros (L1&apos;s) are not drawn. Hover for values.</source>
        <translation>La red de una regresión: su columna de entrada es x (o los rasgos de Legendre P1 … Pd de x del polinomio), su salida ŷ, la y ajustada. Enlaces: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positivo, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negativo, ancho ∝ |w|; los ceros exactos (de L1) no se dibujan. Pasa el ratón para ver valores.</translation>
    </message>
    <message>
        <source>Each square is a unit: what it outputs over the input plane (blue high, orange low). Links: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positive, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negative, width ∝ |w| (on the scale of the first weights); exact zeros are not drawn. A wide layer shows its {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Cada cuadrado es una unidad: lo que produce sobre el plano de entrada (azul alto, naranja bajo). Enlaces: &lt;span style=&apos;color:{blue}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; positivo, &lt;span style=&apos;color:{orange}&apos;&gt;&lt;b&gt;━━&lt;/b&gt;&lt;/span&gt; negativo, ancho ∝ |w| (en la escala de los primeros pesos); los ceros exactos no se dibujan. Una capa ancha muestra sus {units} unidades con los mayores pesos de salida. Pasa el ratón para ver valores.</translation>
    </message>
    <message>
        <source>Each picture is one first-layer unit&apos;s weights, laid out as the image they multiply: blue positive, white zero, orange negative, each on its own scale. Shown: the {units} units with the largest outgoing weights. Hover for values.</source>
        <translation>Cada imagen son los pesos de una unidad de la primera capa, dispuestos como la imagen que multiplican: azul positivo, blanco cero, naranja negativo, cada una en su escala. Se muestran las {units} unidades con los mayores pesos de salida. Pasa el ratón para ver valores.</translation>
    </message>
    <message>
        <source>{zero} of {total} weights exactly zero ({share})</source>
        <translation>{zero} de {total} pesos exactamente cero ({share})</translation>
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
        <translation>% exactamente 0</translation>
    </message>
    <message>
        <source>% zero</source>
        <translation>% cero</translation>
    </message>
    <message>
        <source>Weights, zeros</source>
        <translation>Pesos, ceros</translation>
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
        <translation>Atrae cada peso hacia 0 en proporción a su tamaño (gradiente 2λw): los pesos encogen.</translation>
    </message>
    <message>
        <source>L1  λ Σ |w|</source>
        <translation>L1  λ Σ |w|</translation>
    </message>
    <message>
        <source>The same pull for every weight, however small (λ·sign w): unhelpful weights become exactly 0.</source>
        <translation>La misma atracción para cada peso, por pequeño que sea (λ·sign w): los pesos inútiles llegan a 0 exacto.</translation>
    </message>
    <message>
        <source>Dropout  p</source>
        <translation>Dropout  p</translation>
    </message>
    <message>
        <source>Each training step silences a random share p of hidden units (kept ones ×1/(1−p)); all are on at test time.</source>
        <translation>Cada paso de entrenamiento silencia una parte aleatoria p de las unidades ocultas (las que quedan ×1/(1−p)); en la prueba todas están activas.</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch norm</translation>
    </message>
    <message>
        <source>BN(x) = γ·(x − μ)/√(σ² + ε) + β over the batch, before each nonlinearity: keeps deep nets&apos; signals at scale. Resets the net.</source>
        <translation>BN(x) = γ·(x − μ)/√(σ² + ε) + β sobre el lote, antes de cada no linealidad: mantiene la escala de las señales en redes profundas. Reinicia la red.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>Aumento de datos</translation>
    </message>
    <message>
        <source>Trains on randomly flipped, rotated, cropped, recoloured copies (images only): more data for free.</source>
        <translation>Entrena con copias volteadas, giradas, recortadas y recoloreadas al azar (solo imágenes): más datos gratis.</translation>
    </message>
    <message>
        <source>Adversarial  ε</source>
        <translation>Adversarial  ε</translation>
    </message>
    <message>
        <source>Also trains on x + ε·sign(∇ₓ loss), the FGSM images that fool the net; the mix weight sets their share.</source>
        <translation>Entrena también con x + ε·sign(∇ₓ loss), las imágenes FGSM que engañan a la red; el peso de mezcla fija su parte.</translation>
    </message>
    <message>
        <source>Regularizers</source>
        <translation>Regularizadores</translation>
    </message>
    <message>
        <source>mix weight</source>
        <translation>peso de mezcla</translation>
    </message>
    <message>
        <source>{explanation} Drag, or click it and use ← →; type an exact value in the field.</source>
        <translation>{explanation} Arrastra, o haz clic y usa ← →; escribe un valor exacto en el campo.</translation>
    </message>
    <message>
        <source>Augmentation works on images: pick MNIST</source>
        <translation>El aumento funciona con imágenes: elige MNIST</translation>
    </message>
    <message>
        <source>Adversarial training applies to classification</source>
        <translation>El entrenamiento adversarial es para clasificación</translation>
    </message>
</context>
<context>
    <name>SweepPanel</name>
    <message>
        <source>Sweep</source>
        <translation>Barrido</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Steps per value</source>
        <translation>Pasos por valor</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Lanzar barrido</translation>
    </message>
    <message>
        <source>%v of %m values</source>
        <translation>%v de %m valores</translation>
    </message>
    <message>
        <source>Each value trains the current experiment from the same start; the live net is reset when the sweep ends.</source>
        <translation>Cada valor entrena el experimento actual desde el mismo inicio; la red en vivo se reinicia al acabar el barrido.</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>also {symbol} = 0 (dashed line)</source>
        <translation>también {symbol} = 0 (línea discontinua)</translation>
    </message>
    <message>
        <source>test loss at {symbol} = 0</source>
        <translation>pérdida de prueba con {symbol} = 0</translation>
    </message>
    <message>
        <source>Final loss against {setting}</source>
        <translation>Pérdida final según {setting}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel sweep</source>
        <translation>Cancelar barrido</translation>
    </message>
    <message>
        <source>Sweeping, {jobs} at once… {percent} % of the steps</source>
        <translation>Barriendo, {jobs} a la vez… {percent} % de los pasos</translation>
    </message>
    <message>
        <source>Sweeping… {percent} % of the steps</source>
        <translation>Barriendo… {percent} % de los pasos</translation>
    </message>
    <message>
        <source>No value finished.</source>
        <translation>Ningún valor terminado.</translation>
    </message>
    <message numerus="yes">
        <source>Values done: %n. Lowest test loss {loss:.3f} at {value:g}.</source>
        <translation>
            <numerusform>%n valor hecho. Menor pérdida de prueba {loss:.3f} en {value:g}.</numerusform>
            <numerusform>%n valores hechos. Menor pérdida de prueba {loss:.3f} en {value:g}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The training engine is still loading — try again in a moment</source>
        <translation>El motor de entrenamiento aún está cargando: inténtalo en un momento</translation>
    </message>
    <message>
        <source>Sweep finished — a fresh net is ready on the Training tab</source>
        <translation>Barrido terminado: una red nueva está lista en la pestaña Entrenamiento</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>share correct</source>
        <translation>parte correcta</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>Space trains: the curves draw as the net learns</source>
        <translation>Espacio entrena: las curvas se dibujan mientras la red aprende</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>penalización</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>R² (accuracy&apos;s place)</source>
        <translation>R² (en lugar de exactitud)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>off</source>
        <translation>no</translation>
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
        <translation>La celda de los apuntes: un peso, y ≈ w·x</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>peso w</translation>
    </message>
    <message>
        <source>λ (regularization strength)</source>
        <translation>λ (fuerza de regularización)</translation>
    </message>
    <message>
        <source>Computed by regviz&apos;s own penalty functions</source>
        <translation>Calculado con las funciones de penalización de regviz</translation>
    </message>
    <message>
        <source>MSE as the notes compute it</source>
        <translation>MSE como la calculan los apuntes</translation>
    </message>
    <message>
        <source>L2 penalty λ·w²</source>
        <translation>penalización L2 λ·w²</translation>
    </message>
    <message>
        <source>MSE + L2 (the notes: 19.4)</source>
        <translation>MSE + L2 (apuntes: 19.4)</translation>
    </message>
    <message>
        <source>L1 penalty λ·|w|</source>
        <translation>penalización L1 λ·|w|</translation>
    </message>
    <message>
        <source>MSE + L1 (the notes: 19.425)</source>
        <translation>MSE + L1 (apuntes: 19.425)</translation>
    </message>
    <message>
        <source>MSE pairing each x with its y</source>
        <translation>MSE emparejando cada x con su y</translation>
    </message>
    <message>
        <source>Why two MSEs? In the notes X is a column (shape 4×1) and y a row (shape 4), so numpy broadcasts y − X·w to a 4×4 table and averages all 16 differences: that gives 19.375. Pairing each x with its own y, as regression means, gives 16.875 at the notes&apos; values. The penalties are the same either way.</source>
        <translation>¿Por qué dos MSE? En los apuntes X es una columna (forma 4×1) e y una fila (forma 4), así que numpy expande y − X·w a una tabla de 4×4 y promedia las 16 diferencias: eso da 19.375. Emparejar cada x con su propia y, como entiende la regresión, da 16.875 con los valores de los apuntes. Las penalizaciones son iguales en ambos casos.</translation>
    </message>
    <message>
        <source>Train it live: the notes&apos; X and y, y = w·x + b, with this λ</source>
        <translation>Entrenar en vivo: X e y de los apuntes, y = w·x + b, con esta λ</translation>
    </message>
    <message>
        <source>A run on the notes&apos; four points (preset notes-line) with L2 at the λ above: watch w go towards 2, or below it with the penalty</source>
        <translation>Una ejecución con los cuatro puntos de los apuntes (preset notes-line) y L2 con la λ de arriba: mira cómo w tiende a 2, o queda por debajo con la penalización</translation>
    </message>
    <message>
        <source>The live run trains on the paired MSE (16.875 at w = 0.5, b = 0), as regression does; the notes&apos; broadcast 19.375 stays above for comparison.</source>
        <translation>La ejecución en vivo entrena con la MSE emparejada (16.875 con w = 0.5, b = 0), como hace la regresión; el 19.375 expandido de los apuntes queda arriba para comparar.</translation>
    </message>
    <message>
        <source>Not started: λ must be a number from 0 to 10 ({reason}).</source>
        <translation>No iniciado: λ debe ser un número de 0 a 10 ({reason}).</translation>
    </message>
    <message>
        <source>Not a valid input ({reason}); the numbers shown are for the last valid one.</source>
        <translation>Entrada no válida ({reason}); los números mostrados son de la última válida.</translation>
    </message>
    <message>
        <source>What each penalty does to the gradient at w = {w:g}: L2 adds 2λw = {l2:.4g}, proportional to w, so big weights shrink fast and small ones barely move; L1 adds λ·sign(w) = {l1:.4g}, the same pull for every weight however small, which is why it drives weights to exactly zero. The data&apos;s own gradient here is {mse:.4g}.</source>
        <translation>Lo que cada penalización hace al gradiente en w = {w:g}: L2 suma 2λw = {l2:.4g}, proporcional a w, así que los pesos grandes encogen rápido y los pequeños apenas se mueven; L1 suma λ·sign(w) = {l1:.4g}, la misma atracción para cada peso por pequeño que sea, por eso lleva pesos a cero exacto. El gradiente propio de los datos aquí es {mse:.4g}.</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>data set</source>
        <translation>conjunto de datos</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>train share</source>
        <translation>parte de entrenamiento</translation>
    </message>
    <message>
        <source>train examples</source>
        <translation>ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>test examples</source>
        <translation>ejemplos de prueba</translation>
    </message>
    <message>
        <source>label noise</source>
        <translation>ruido de etiquetas</translation>
    </message>
    <message>
        <source>validation share</source>
        <translation>parte de validación</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>carpeta de datos</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>clases</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>rasgos de entrada</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>archivo CSV</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>filas del CSV</translation>
    </message>
    <message>
        <source>class names</source>
        <translation>nombres de clase</translation>
    </message>
    <message>
        <source>seed of the data</source>
        <translation>semilla de los datos</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
    <message>
        <source>polynomial degree</source>
        <translation>grado del polinomio</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activación</translation>
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
        <translation>escala de pesos iniciales</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>aumento de datos</translation>
    </message>
    <message>
        <source>flip probability</source>
        <translation>probabilidad de volteo</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotación</translation>
    </message>
    <message>
        <source>brightness</source>
        <translation>brillo</translation>
    </message>
    <message>
        <source>contrast</source>
        <translation>contraste</translation>
    </message>
    <message>
        <source>crop keeps</source>
        <translation>el recorte conserva</translation>
    </message>
    <message>
        <source>crop aspect</source>
        <translation>proporción del recorte</translation>
    </message>
    <message>
        <source>pixel noise σ</source>
        <translation>ruido de píxel σ</translation>
    </message>
    <message>
        <source>adversarial ε</source>
        <translation>adversarial ε</translation>
    </message>
    <message>
        <source>adversarial mix weight</source>
        <translation>peso de mezcla adversarial</translation>
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
        <translation>penalizar también los sesgos</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>early-stopping patience</source>
        <translation>paciencia de la parada temprana</translation>
    </message>
    <message>
        <source>restore the best weights</source>
        <translation>restaurar los mejores pesos</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>momento</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>tamaño de lote</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>evaluate every</source>
        <translation>evaluar cada</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>data.path: {from_stranger} never names a file on this computer (it carries a CSV&apos;s points in data.rows)</source>
        <translation>data.path: {from_stranger} nunca nombra un archivo de este ordenador (lleva los puntos de un CSV en data.rows)</translation>
    </message>
    <message>
        <source>{key}: unknown key (no section &apos;{part}&apos;)</source>
        <translation>{key}: clave desconocida (no hay sección &apos;{part}&apos;)</translation>
    </message>
    <message>
        <source>{key}: unknown key; known keys: {names}</source>
        <translation>{key}: clave desconocida; claves conocidas: {names}</translation>
    </message>
    <message>
        <source>{key}: unknown key</source>
        <translation>{key}: clave desconocida</translation>
    </message>
    <message>
        <source>{text!r}: expected section.key=value</source>
        <translation>{text!r}: se espera sección.clave=valor</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {type}</source>
        <translation>{where}: se espera un objeto, se obtuvo {type}</translation>
    </message>
    <message>
        <source>{prefix}{unknown}: unknown key; allowed here: {names}</source>
        <translation>{prefix}{unknown}: clave desconocida; aquí se admiten: {names}</translation>
    </message>
    <message>
        <source>{key} = {value}: expected true or false</source>
        <translation>{key} = {value}: se espera true o false</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a whole number</source>
        <translation>{key} = {value}: se espera un número entero</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of whole numbers, e.g. [64, 64]</source>
        <translation>{key} = {value}: se espera una lista de números enteros, p. ej. [64, 64]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected text</source>
        <translation>{key} = {value}: se espera texto</translation>
    </message>
    <message>
        <source>{key}: cannot set a value of type {type}</source>
        <translation>{key}: no se puede asignar un valor de tipo {type}</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of names, e.g. [&quot;x1&quot;, &quot;x2&quot;]</source>
        <translation>{key} = {value}: se espera una lista de nombres, p. ej. [&quot;x1&quot;, &quot;x2&quot;]</translation>
    </message>
    <message>
        <source>{key}: expected a list of rows, each a list of numbers</source>
        <translation>{key}: se espera una lista de filas, cada una una lista de números</translation>
    </message>
    <message>
        <source>{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]</source>
        <translation>{key}[{i}] = {row}: se espera una fila de números, p. ej. [0.5, -0.2, 1]</translation>
    </message>
    <message>
        <source>data.path: only for data.name = &apos;csv&apos; (data.name is {data_name!r})</source>
        <translation>data.path: solo para data.name = &apos;csv&apos; (data.name es {data_name!r})</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a number</source>
        <translation>{label} = {value}: se espera un número</translation>
    </message>
    <message>
        <source>{label} = {value}: too large, expected a finite number</source>
        <translation>{label} = {value}: demasiado grande, se espera un número finito</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a finite number</source>
        <translation>{label} = {value}: se espera un número finito</translation>
    </message>
    <message>
        <source>name: must not be empty (it labels the run and names its output folder)</source>
        <translation>name: no puede estar vacío (da nombre a la ejecución y a su carpeta de salida)</translation>
    </message>
    <message>
        <source>name = {name}: holds a control character (U+{code:04X}); a name is a one-line label</source>
        <translation>name = {name}: contiene un carácter de control (U+{code:04X}); un nombre es una etiqueta de una línea</translation>
    </message>
    <message>
        <source>name = {name}: {length:,} characters, at most {max_name}</source>
        <translation>name = {name}: {length:,} caracteres, como mucho {max_name}</translation>
    </message>
    <message>
        <source>{key} = {value}: out of range, allowed {low:g} … {high:g}</source>
        <translation>{key} = {value}: fuera de rango, se admite {low:g} … {high:g}</translation>
    </message>
    <message>
        <source>{key} = {value!r}: allowed values are {names}</source>
        <translation>{key} = {value!r}: los valores admitidos son {names}</translation>
    </message>
    <message>
        <source>model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)</source>
        <translation>model.hidden = {hidden}: 0 … 16 capas de 1 … 4096 unidades cada una ([]: sin capa oculta, las entradas directas a las salidas)</translation>
    </message>
    <message>
        <source>model.hidden = []: a CNN needs its channel count (e.g. [16])</source>
        <translation>model.hidden = []: una CNN necesita su número de canales (p. ej. [16])</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)</source>
        <translation>data.train_size + data.test_size = {total}: el MNIST incluido tiene {size:,} dígitos (un conjunto de torchvision tiene más: tv-mnist)</translation>
    </message>
    <message>
        <source>model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch&apos;s spread; training.batch_size is {training_batch_size})</source>
        <translation>model.batchnorm = true necesita training.batch_size ≥ 2 (la normalización por lotes divide por la dispersión del lote; training.batch_size es {training_batch_size})</translation>
    </message>
    <message>
        <source>training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set</source>
        <translation>training.early_stopping.patience necesita data.validation_fraction &gt; 0: el paso de parada se elige en una partición de validación, nunca en el conjunto de prueba</translation>
    </message>
    <message>
        <source>model.kind = &apos;cnn&apos;: needs an image data set (data.name is {data_name!r})</source>
        <translation>model.kind = &apos;cnn&apos;: necesita un conjunto de datos de imágenes (data.name es {data_name!r})</translation>
    </message>
    <message>
        <source>data.root: {data_name} needs the folder that holds it (nothing is downloaded)</source>
        <translation>data.root: {data_name} necesita la carpeta que lo contiene (no se descarga nada)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)</source>
        <translation>data.features = {value}: una o más de {names}, cada una una vez ({unknown!r} no es una de ellas)</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once</source>
        <translation>data.features = {value}: una o más de {names}, cada una una vez</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)</source>
        <translation>data.features: las características de entrada son para datos 2-D (data.name {data_name!r} es una regresión 1-D)</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)</source>
        <translation>data.features: las características de entrada son para datos 2-D (data.name {data_name!r} no es 2-D)</translation>
    </message>
    <message>
        <source>data.name = &apos;csv&apos;: give the file with data.path (File ▸ Open data in the window)</source>
        <translation>data.name = &apos;csv&apos;: indica el archivo con data.path (en la ventana: Archivo ▸ Abrir datos)</translation>
    </message>
    <message>
        <source>data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}</source>
        <translation>data.rows: {rows:,} puntos; un CSV da {min_rows} … {max_rows:,}</translation>
    </message>
    <message>
        <source>data.rows[{bad}]: every row x, y (two numbers), as the first row is</source>
        <translation>data.rows[{bad}]: cada fila x, y (dos números), como la primera fila</translation>
    </message>
    <message>
        <source>data.class_names: x,y points are a regression, which has no classes</source>
        <translation>data.class_names: los puntos x,y son una regresión, que no tiene clases</translation>
    </message>
    <message>
        <source>data.rows: every point has the same x; a curve needs two x values or more</source>
        <translation>data.rows: todos los puntos tienen la misma x; una curva necesita dos valores de x o más</translation>
    </message>
    <message>
        <source>data.rows: every row x1, x2, class (three numbers), or every row x, y (two)</source>
        <translation>data.rows: cada fila x1, x2, clase (tres números), o cada fila x, y (dos)</translation>
    </message>
    <message>
        <source>data.class_names = {value}: 2 … {max_classes} different names</source>
        <translation>data.class_names = {value}: 2 … {max_classes} nombres distintos</translation>
    </message>
    <message>
        <source>data.classes = {d_classes}: the CSV&apos;s points have {k} classes</source>
        <translation>data.classes = {d_classes}: los puntos del CSV tienen {k} clases</translation>
    </message>
    <message>
        <source>data.class_names: {name} is not a class name (1 … 40 characters, one line)</source>
        <translation>data.class_names: {name} no es un nombre de clase (1 … 40 caracteres, una línea)</translation>
    </message>
    <message>
        <source>data.rows[{i}]: class {label:g} is not one of 0 … {last}</source>
        <translation>data.rows[{i}]: la clase {label:g} no es una de 0 … {last}</translation>
    </message>
    <message>
        <source>data.rows: every point has the same class; a classifier needs two or more</source>
        <translation>data.rows: todos los puntos tienen la misma clase; un clasificador necesita dos o más</translation>
    </message>
    <message>
        <source>model.kind = &apos;polynomial&apos;: needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}</source>
        <translation>model.kind = &apos;polynomial&apos;: necesita un conjunto de regresión 1-D ({names}, o un CSV de x,y); data.name es {data_name!r}</translation>
    </message>
    <message>
        <source>data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>data.label_noise = {data_label_noise:g}: solo vale para clasificación; data.name {name!r} es una regresión</translation>
    </message>
    <message>
        <source>regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>regularization.adversarial.epsilon = {adversarial_epsilon:g}: solo vale para clasificación; data.name {name!r} es una regresión</translation>
    </message>
    <message>
        <source>{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = &apos;mlp&apos;)</source>
        <translation>{key}: el modelo polinómico no tiene capa oculta que normalizar o descartar (usa model.kind = &apos;mlp&apos;)</translation>
    </message>
</context>
</TS>
