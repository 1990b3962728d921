<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>config</name>
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
