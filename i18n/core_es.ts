<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>attack</name>
    <message>
        <source>attack {kind!r}: allowed {names}</source>
        <translation>ataque {kind!r}: se admiten {names}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>regviz: error: {problem}</source>
        <translation>regviz: error: {problem}</translation>
    </message>
    <message>
        <source>regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held</source>
        <translation>regviz: detenido por un segundo {signal} antes de escribir los archivos; la carpeta de salida conserva lo que tenía</translation>
    </message>
    <message>
        <source>--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r}: se esperan números separados por comas, p. ej. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2</source>
        <translation>--robustness {text!r}: indica al menos un ε, p. ej. 0,0.1,0.2</translation>
    </message>
    <message>
        <source>--robustness {text!r}: each ε must be in 0 … 1</source>
        <translation>--robustness {text!r}: cada ε debe estar en 0 … 1</translation>
    </message>
    <message>
        <source>--attack {text!r}: a comma-separated list of fgsm, pgd</source>
        <translation>--attack {text!r}: una lista separada por comas de fgsm, pgd</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before training started; nothing was written</source>
        <translation>regviz: interrumpido ({signal}) antes de empezar el entrenamiento; no se escribió nada</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says &quot;interrupted&quot;: true)</source>
        <translation>regviz: interrumpido ({signal}) {done}; lo ejecutado está en {out} (su resumen dice &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>--robustness: applies to classification; data.name {data_name!r} is a regression</source>
        <translation>--robustness: solo vale para clasificación; data.name {data_name!r} es una regresión</translation>
    </message>
    <message>
        <source>at step {step:,} of {steps:,}</source>
        <translation>en el paso {step:,} de {steps:,}</translation>
    </message>
    <message>
        <source>regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.</source>
        <translation>regviz: la pérdida divergió (se volvió NaN o infinita) hacia el paso {step:,}; el entrenamiento se detuvo ahí. Baja training.lr (ahora {lr:g}) o la penalización λ y vuelve a ejecutar. metrics.csv y summary.json están en {out}.</translation>
    </message>
    <message>
        <source>{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}</source>
        <translation>{name}: MSE de entrenamiento {train:.4f}, MSE de prueba {test:.4f}, R² de prueba {score:.3f} -&gt; {out}</translation>
    </message>
    <message>
        <source>{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}</source>
        <translation>{name}: pérdida de entrenamiento {train:.4f}, pérdida de prueba {test:.4f}, precisión de prueba {score:.1%} -&gt; {out}</translation>
    </message>
    <message>
        <source>--values: give at least one value, e.g. 0,0.001,0.01</source>
        <translation>--values: indica al menos un valor, p. ej. 0,0.001,0.01</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs}: indica 1 o más procesos de trabajo</translation>
    </message>
    <message>
        <source>{name}: {count} values of {param} -&gt; {out}</source>
        <translation>{name}: {count} valores de {param} -&gt; {out}</translation>
    </message>
    <message>
        <source>--variant: {problem}</source>
        <translation>--variant: {problem}</translation>
    </message>
    <message>
        <source>{net} diverged</source>
        <translation>{net} divergió</translation>
    </message>
    <message>
        <source>{name}: {count} variants, test loss {finals} -&gt; {out}</source>
        <translation>{name}: {count} variantes, pérdida de prueba {finals} -&gt; {out}</translation>
    </message>
    <message>
        <source>regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant&apos;s summary.json are in {out}.</source>
        <translation>regviz: la pérdida de {nets} divergió (se volvió NaN o infinita) hacia el paso {step:,}; la carrera se detuvo ahí. Baja training.lr o la penalización λ y vuelve a ejecutar. compare.csv y el summary.json de cada variante están en {out}.</translation>
    </message>
    <message>
        <source>--variant {name}: the race writes its own compare.csv there; choose another name</source>
        <translation>--variant {name}: la carrera escribe ahí su propio compare.csv; elige otro nombre</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un enlace</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out</source>
        <translation>--variant {name}: {where} es {kind}, no una carpeta donde la carrera pueda escribir su summary.json; elige otro nombre u otro --out</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the script there ({reason})</source>
        <translation>--out {out}: no se puede escribir el script ahí ({reason})</translation>
    </message>
    <message>
        <source>{name}: script -&gt; {out}</source>
        <translation>{name}: script -&gt; {out}</translation>
    </message>
    <message>
        <source>export-notebook --lesson: a lesson sets its own config; --set is for an experiment</source>
        <translation>export-notebook --lesson: una lección fija su propia configuración; --set es para un experimento</translation>
    </message>
    <message>
        <source>--steps {steps}: expected 0 or more</source>
        <translation>--steps {steps}: se espera 0 o más</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the notebook there ({reason})</source>
        <translation>--out {out}: no se puede escribir el notebook ahí ({reason})</translation>
    </message>
    <message>
        <source>{name}: notebook -&gt; {out}</source>
        <translation>{name}: notebook -&gt; {out}</translation>
    </message>
    <message>
        <source>--lang {option!r}: the lessons speak {languages}</source>
        <translation>--lang {option!r}: las lecciones están en {languages}</translation>
    </message>
    <message>
        <source>--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720</source>
        <translation>--size {size!r}: se espera ANCHOxALTO, cada uno de {low} … {high} píxeles, p. ej. 1280x720</translation>
    </message>
    <message>
        <source>render-lesson: name one lesson (or a lesson file), or give --all</source>
        <translation>render-lesson: nombra una lección (o un archivo de lección) o indica --all</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before the first step was rendered; nothing was written</source>
        <translation>regviz: interrumpido ({signal}) antes de renderizar el primer paso; no se escribió nada</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says &quot;interrupted&quot;: true)</source>
        <translation>regviz: interrumpido ({signal}); los PNG de los pasos hechos están en {out}, index.html no se escribió (summary.json dice &quot;interrupted&quot;: true)</translation>
    </message>
    <message>
        <source>{count} steps -&gt; {out}</source>
        <translation>{count} pasos -&gt; {out}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>{path!r}: not a file name</source>
        <translation>{path!r}: no es un nombre de archivo</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows</source>
        <translation>{label}: mayor de {megabytes} MB; un conjunto de datos tiene como mucho {max_rows:,} filas</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL bytes)</source>
        <translation>{label}: un archivo binario, no texto CSV (contiene bytes NUL)</translation>
    </message>
    <message>
        <source>{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>{label}, fila {row}: no es texto UTF-8 (byte {start}); guarda la hoja como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL characters)</source>
        <translation>{label}: un archivo binario, no texto CSV (contiene caracteres NUL)</translation>
    </message>
    <message>
        <source>{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}</source>
        <translation>{label}, fila {number}: {length:,} caracteres; una fila de un conjunto de datos tiene como mucho {max_line:,}</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows</source>
        <translation>{label}: vacío; se esperan una fila de encabezado x1,x2,label (o x,y) y {min_rows}+ filas</translation>
    </message>
    <message>
        <source>{label}, row {row}: not CSV ({problem})</source>
        <translation>{label}, fila {row}: no es CSV ({problem})</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y)</source>
        <translation>{label}: vacío; se espera una fila de encabezado x1,x2,label (o x,y)</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)</source>
        <translation>{label}, fila {header_row}: no hay fila de encabezado; la primera fila debe nombrar las columnas x1,x2,label (o x,y)</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}</source>
        <translation>{label}, fila {header_row}: no hay columna {missing!r}; el encabezado debe nombrar x1,x2,label (una clase por punto) o x,y (regresión); encontrado: {found}</translation>
    </message>
    <message>
        <source>{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points</source>
        <translation>{label}, fila {row}: más de {max_rows:,} filas; un conjunto de datos tiene como mucho {max_rows:,} puntos</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})</source>
        <translation>{label}, fila {row}, columna {name!r}: falta ({values} valores, el encabezado nombra {columns}; separador {delimiter!r})</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by &apos;;&apos;)</source>
        <translation>{label}, fila {row}: {values} valores, el encabezado nombra {columns} (¿una coma decimal en un archivo separado por comas? pon los números entre comillas o separa con &apos;;&apos;)</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns}</source>
        <translation>{label}, fila {row}: {values} valores, el encabezado nombra {columns}</translation>
    </message>
    <message>
        <source>{label}: {rows} rows of data; a data set needs at least {min_rows}</source>
        <translation>{label}: {rows} filas de datos; un conjunto de datos necesita al menos {min_rows}</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: empty; every point needs a number there</source>
        <translation>{label}, fila {row}, columna {column!r}: vacía; cada punto necesita ahí un número</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a finite number</source>
        <translation>{label}, fila {row}, columna {column!r}: {text!r} no es un número finito</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a number</source>
        <translation>{label}, fila {row}, columna {column!r}: {text!r} no es un número</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)</source>
        <translation>{label}, fila {row}, columna {column!r}: {text!r} es demasiado grande (no es un número finito)</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: empty; every point needs its class</source>
        <translation>{label}, fila {row}, columna &apos;label&apos;: vacía; cada punto necesita su clase</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class name (at most {max_name} characters, one line)</source>
        <translation>{label}, fila {row}, columna &apos;label&apos;: {text!r} no es un nombre de clase (como mucho {max_name} caracteres, una línea)</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})</source>
        <translation>{label}, columna &apos;label&apos;: todos los puntos tienen la clase {name!r}; un clasificador necesita dos clases o más (como mucho {max_classes})</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; whole-number labels are the classes 0 … {last}</source>
        <translation>{label}, fila {row}, columna &apos;label&apos;: {text!r} no es una clase; las etiquetas enteras son las clases 0 … {last}</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point</source>
        <translation>{label}, columna &apos;label&apos;: ningún punto tiene la clase {absent}; las etiquetas enteras son las clases 0 … K−1, cada una con un punto</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has</source>
        <translation>{label}, fila {row}, columna &apos;label&apos;: {text!r} no es una clase; el archivo ya nombra {max_classes} ({names}), el máximo de un conjunto de datos</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out</source>
        <translation>data.validation_fraction = {fraction:g}: {n} ejemplos de entrenamiento son muy pocos para apartar algunos</translation>
    </message>
    <message>
        <source>{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.</source>
        <translation>{name} falta o está incompleto en {folder!r} ({why}). regviz nunca descarga datos: copia ahí la carpeta completa {name} de torchvision.</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}</source>
        <translation>sus archivos contienen {images:,} imágenes de {shape} y {labels:,} etiquetas, no imágenes de {expected} con una clase 0–{last} cada una</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: this data set has {examples} examples</source>
        <translation>data.train_size + data.test_size = {total}: este conjunto de datos tiene {examples} ejemplos</translation>
    </message>
</context>
<context>
    <name>experiment_line</name>
    <message>
        <source>experiment line: {length:,} characters with the data set&apos;s {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)</source>
        <translation>línea de experimento: {length:,} caracteres con los {points:,} puntos del conjunto de datos, más de los {max_line:,} que puede tener una línea — comparte mejor la sesión (Archivo ▸ Guardar sesión)</translation>
    </message>
    <message>
        <source>not a regviz experiment line (it starts with {prefix!r})</source>
        <translation>no es una línea de experimento de regviz (empieza por {prefix!r})</translation>
    </message>
    <message>
        <source>experiment line: {length:,} characters; a regviz line has at most {max_line:,}</source>
        <translation>línea de experimento: {length:,} caracteres; una línea de regviz tiene como mucho {max_line:,}</translation>
    </message>
    <message>
        <source>experiment line version {version!r}; this regviz reads version {latest}</source>
        <translation>línea de experimento versión {version!r}; este regviz lee la versión {latest}</translation>
    </message>
    <message>
        <source>experiment line: damaged (copy the whole line, nothing added)</source>
        <translation>línea de experimento: dañada (copia la línea entera, sin añadir nada)</translation>
    </message>
    <message>
        <source>experiment line: inflates to more than {max_json:,} bytes</source>
        <translation>línea de experimento: al descomprimirla ocupa más de {max_json:,} bytes</translation>
    </message>
    <message>
        <source>experiment line: cut short (copy the whole line)</source>
        <translation>línea de experimento: cortada (copia la línea entera)</translation>
    </message>
    <message>
        <source>experiment line: something follows its data (copy the line alone, nothing added)</source>
        <translation>línea de experimento: algo sigue a sus datos (copia solo la línea, sin añadir nada)</translation>
    </message>
    <message>
        <source>experiment line: damaged (not UTF-8 inside)</source>
        <translation>línea de experimento: dañada (no es UTF-8 por dentro)</translation>
    </message>
    <message>
        <source>experiment line</source>
        <translation>línea de experimento</translation>
    </message>
    <message>
        <source>a one-line experiment</source>
        <translation>un experimento de una línea</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>{label}: {kind}, not a file — regviz reads only regular files</source>
        <translation>{label}: {kind}, no un archivo — regviz solo lee archivos normales</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>{label}: no existe el archivo</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>{label}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB — not a file regviz wrote or reads</source>
        <translation>{label}: mayor de {megabytes} MB — no es un archivo que regviz escriba o lea</translation>
    </message>
    <message>
        <source>{label}: cannot read it (not UTF-8 text: {reason} at byte {start})</source>
        <translation>{label}: no se puede leer (no es texto UTF-8: {reason} en el byte {start})</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}: {problem})</source>
        <translation>{label}: JSON no válido (línea {line}: {problem})</translation>
    </message>
    <message>
        <source>{label}: nested too deeply (more than {max_depth} levels)</source>
        <translation>{label}: anidado demasiado hondo (más de {max_depth} niveles)</translation>
    </message>
    <message>
        <source>{label}: holds a number with thousands of digits</source>
        <translation>{label}: contiene un número con miles de cifras</translation>
    </message>
    <message>
        <source>{target_name}: nothing was written</source>
        <translation>{target_name}: no se escribió nada</translation>
    </message>
    <message>
        <source>{path_name}: {kind}, not a regular file — refused, nothing was written</source>
        <translation>{path_name}: {kind}, no un archivo normal — rechazado, no se escribió nada</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy</source>
        <translation>{path_name} mide {width:,} × {height:,} píxeles: demasiado grande para abrirlo (como mucho {millions} millones de píxeles); guarda una copia más pequeña</translation>
    </message>
    <message>
        <source>{path_name}: too large to open safely (Pillow&apos;s decompression-bomb limit); save a smaller copy</source>
        <translation>{path_name}: demasiado grande para abrirlo con seguridad (el límite de Pillow contra bombas de descompresión); guarda una copia más pequeña</translation>
    </message>
    <message>
        <source>{path_name}: no such file</source>
        <translation>{path_name}: no existe el archivo</translation>
    </message>
    <message>
        <source>{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)</source>
        <translation>{path_name} no es una imagen que regviz pueda leer (PNG, JPEG, BMP, GIF, TIFF, WebP)</translation>
    </message>
    <message>
        <source>{path_name} could not be read as an image: {problem}</source>
        <translation>{path_name} no se pudo leer como imagen: {problem}</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>language {language!r}: expected a language code such as &apos;de&apos; (two or three letters a–z)</source>
        <translation>idioma {language!r}: se espera un código de idioma como &apos;de&apos; (dos o tres letras a–z)</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the text {text} would be changed</source>
        <translation>el texto {text} se cambiaría</translation>
    </message>
    <message>
        <source>the text {text} would be removed</source>
        <translation>el texto {text} se eliminaría</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is markup; it must be plain text</source>
        <translation>&lt;{tag}&gt; es marcado; aquí solo vale texto sin formato</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; no está permitido (una lección no carga imágenes ni archivos); el texto de una lección admite {allowed}</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed; lesson text allows {allowed}</source>
        <translation>&lt;{tag}&gt; no está permitido; el texto de una lección admite {allowed}</translation>
    </message>
    <message>
        <source>class {bad!r} on &lt;span&gt; is not allowed; a span&apos;s class is one of {classes}</source>
        <translation>la clase {bad!r} en &lt;span&gt; no está permitida; la clase de un span es una de {classes}</translation>
    </message>
    <message>
        <source>the link {value!r} is not allowed; a link must be an https:// address</source>
        <translation>el enlace {value!r} no está permitido; un enlace debe ser una dirección https://</translation>
    </message>
    <message>
        <source>attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span&apos;s class and a link&apos;s https:// href are</source>
        <translation>el atributo {name!r} en &lt;{tag}&gt; no está permitido; solo lo están la class de un span y el href https:// de un enlace</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; would be changed</source>
        <translation>&lt;{tag}&gt; se cambiaría</translation>
    </message>
    <message>
        <source>its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)</source>
        <translation>el marcado no está bien anidado cerca de {where} (¿una etiqueta cerrada en mal orden, o una dentro de &lt;p&gt;?)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>the polynomial model takes one input (a 1-D data set)</source>
        <translation>el modelo polinómico toma una sola entrada (un conjunto de datos 1-D)</translation>
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
        <translation>paso {step}: {narration}</translation>
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
        <translation>decaimiento de pesos</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>aumento de datos</translation>
    </message>
    <message>
        <source>adversarial training</source>
        <translation>entrenamiento adversario</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>parada temprana</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
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
        <translation>La pérdida divergió (se volvió NaN o infinita) hacia el paso {step}: baja la tasa de aprendizaje o la penalización.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.</source>
        <translation>La pérdida de prueba sube desde su mínimo, hace {steps} pasos, mientras la pérdida de entrenamiento ha bajado: la red está memorizando sus {points} puntos.</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.</source>
        <translation>La pérdida de prueba sube desde su mínimo, hace {steps} pasos, mientras la pérdida de entrenamiento ha bajado: la red está memorizando sus puntos de entrenamiento.</translation>
    </message>
    <message>
        <source>The gap between train and test loss is {gap:.2f}: {regularizer} is holding.</source>
        <translation>La brecha entre la pérdida de entrenamiento y la de prueba es {gap:.2f}: {regularizer} se mantiene.</translation>
    </message>
    <message>
        <source>{percent:.0f} % of the weights are exactly zero.</source>
        <translation>El {percent:.0f} % de los pesos son exactamente cero.</translation>
    </message>
    <message>
        <source>Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.</source>
        <translation>Precisión bajo el ataque {attack} con ε = {epsilon:g}: {percent:.0f} %.</translation>
    </message>
    <message>
        <source>The validation loss was lowest at step {best}: early stopping goes back to the net of that step.</source>
        <translation>La pérdida de validación fue mínima en el paso {best}: la parada temprana vuelve a la red de ese paso.</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)</source>
        <translation>exportar un notebook necesita nbformat: pip install nbformat (el notebook en sí solo necesita luego torch, numpy y matplotlib)</translation>
    </message>
    <message>
        <source>a race exports as a notebook one variant at a time: choose a single run first</source>
        <translation>una carrera se exporta como notebook de variante en variante: elige primero una sola ejecución</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: the notebook trains on the CPU, as regviz&apos;s numbers do; set training.device to auto or cpu</source>
        <translation>training.device = &apos;cuda&apos;: el notebook entrena en la CPU, como regviz obtiene sus números; pon training.device en auto o cpu</translation>
    </message>
    <message>
        <source>lesson step {number}: a live change of {key} is not one the notebook can make</source>
        <translation>paso {number} de la lección: un cambio en vivo de {key} no es uno que el notebook pueda hacer</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>--out {out}: cannot use it as the output folder ({reason})</source>
        <translation>--out {out}: no se puede usar como carpeta de salida ({reason})</translation>
    </message>
    <message>
        <source>another regviz run</source>
        <translation>otra ejecución de regviz</translation>
    </message>
    <message>
        <source>another regviz run (pid {pid})</source>
        <translation>otra ejecución de regviz (pid {pid})</translation>
    </message>
    <message>
        <source>--out {out}: {who} is writing there; wait for it to finish or choose another --out</source>
        <translation>--out {out}: {who} está escribiendo ahí; espera a que termine o elige otro --out</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; {kept}</source>
        <translation>no se puede escribir {path}: {reason}; {kept}</translation>
    </message>
    <message>
        <source>the earlier results in {out} are unchanged</source>
        <translation>los resultados anteriores en {out} siguen intactos</translation>
    </message>
    <message>
        <source>nothing was written to {out}</source>
        <translation>no se escribió nada en {out}</translation>
    </message>
    <message>
        <source>cannot write {shown}: {reason}; {kept}</source>
        <translation>no se puede escribir {shown}: {reason}; {kept}</translation>
    </message>
    <message>
        <source>cannot move the new files into {out}: {reason}</source>
        <translation>no se pueden mover los archivos nuevos a {out}: {reason}</translation>
    </message>
    <message>
        <source>{path}: its folder is a link out of {out}</source>
        <translation>{path}: su carpeta es un enlace que sale de {out}</translation>
    </message>
    <message>
        <source>not a run file name: {name!r}</source>
        <translation>no es un nombre de archivo de una ejecución: {name!r}</translation>
    </message>
</context>
<context>
    <name>predict</name>
    <message>
        <source>answer {number} rule: key &apos;at&apos;: {at!r}: a step that does not train is answered by the run as it stands: &apos;end&apos; only</source>
        <translation>respuesta {number}, regla: clave &apos;at&apos;: {at!r}: un paso que no entrena se responde con la ejecución tal como está: solo &apos;end&apos;</translation>
    </message>
    <message>
        <source>, step {number} ({title!r})</source>
        <translation>, paso {number} ({title!r})</translation>
    </message>
    <message>
        <source>key &apos;predict&apos;: {problem}</source>
        <translation>clave &apos;predict&apos;: {problem}</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it &apos;train&apos;)</source>
        <translation>un paso de predicción que no entrena se responde con la ejecución tal como la dejaron los pasos anteriores, así que conserva su red: sin la clave {key!r} (o dale &apos;train&apos;)</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step &apos;train&apos;, or train before it</source>
        <translation>un paso de predicción que no entrena se responde con la ejecución tal como está, y ningún paso anterior entrenó esta red: dale &apos;train&apos; a este paso o entrena antes</translation>
    </message>
    <message>
        <source>expected an object with &quot;question&quot; and &quot;answers&quot;</source>
        <translation>se espera un objeto con &quot;question&quot; y &quot;answers&quot;</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: question, answers, expected</source>
        <translation>clave desconocida {key!r}; se admiten: question, answers, expected</translation>
    </message>
    <message>
        <source>no list</source>
        <translation>ninguna lista</translation>
    </message>
    <message>
        <source>key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} answers, not {count}</source>
        <translation>clave &apos;answers&apos;: se espera una lista de {min_answers} a {max_answers} respuestas, no {count}</translation>
    </message>
    <message>
        <source>key &apos;expected&apos;: the number of an answer, 1 … {answers}, not {expected!r}</source>
        <translation>clave &apos;expected&apos;: el número de una respuesta, 1 … {answers}, no {expected!r}</translation>
    </message>
    <message>
        <source>key {key!r}: a non-empty text is required</source>
        <translation>clave {key!r}: hace falta un texto no vacío</translation>
    </message>
    <message>
        <source>key {key!r}: {problem}</source>
        <translation>clave {key!r}: {problem}</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>respuesta {number}</translation>
    </message>
    <message>
        <source>{where}: expected an object with &quot;text&quot; and &quot;rule&quot; (and nothing else)</source>
        <translation>{where}: se espera un objeto con &quot;text&quot; y &quot;rule&quot; (y nada más)</translation>
    </message>
    <message>
        <source>{where} text</source>
        <translation>{where}, texto</translation>
    </message>
    <message>
        <source>{where} rule: {problem}</source>
        <translation>{where}, regla: {problem}</translation>
    </message>
    <message>
        <source>key {key!r}: expected a finite number, not {value!r}</source>
        <translation>clave {key!r}: se espera un número finito, no {value!r}</translation>
    </message>
    <message>
        <source>expected an object with &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; and &quot;than&quot; or &quot;value&quot;</source>
        <translation>se espera un objeto con &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; y &quot;than&quot; o &quot;value&quot;</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: {names}</source>
        <translation>clave desconocida {key!r}; se admiten: {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric!r}; allowed: {names}</source>
        <translation>clave &apos;metric&apos;: {metric!r}; se admiten: {names}</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric} needs a validation split (data.validation_fraction &gt; 0)</source>
        <translation>clave &apos;metric&apos;: {metric} necesita una partición de validación (data.validation_fraction &gt; 0)</translation>
    </message>
    <message>
        <source>key &apos;variant&apos;: {variant!r} is not a net of this step&apos;s run; allowed: {allowed}</source>
        <translation>clave &apos;variant&apos;: {variant!r} no es una red de la ejecución de este paso; se admiten: {allowed}</translation>
    </message>
    <message>
        <source>key &apos;compare&apos;: {compare!r}; allowed: {names}</source>
        <translation>clave &apos;compare&apos;: {compare!r}; se admiten: {names}</translation>
    </message>
    <message>
        <source>key &apos;at&apos;: {at!r}; allowed: {names} or a step number</source>
        <translation>clave &apos;at&apos;: {at!r}; se admiten: {names} o un número de paso</translation>
    </message>
    <message>
        <source>give exactly one of &apos;than&apos; (another net) and &apos;value&apos; (a number)</source>
        <translation>indica exactamente uno de &apos;than&apos; (otra red) y &apos;value&apos; (un número)</translation>
    </message>
    <message>
        <source>key &apos;than&apos;: {than!r} is not another net of this step&apos;s run; allowed: {allowed}</source>
        <translation>clave &apos;than&apos;: {than!r} no es otra red de la ejecución de este paso; se admiten: {allowed}</translation>
    </message>
    <message>
        <source>key &apos;factor&apos;: expected a number above 0, not {factor!r}</source>
        <translation>clave &apos;factor&apos;: se espera un número mayor que 0, no {factor!r}</translation>
    </message>
    <message>
        <source>key &apos;epsilon&apos;: expected 0 … 1, not {epsilon!r}</source>
        <translation>clave &apos;epsilon&apos;: se espera 0 … 1, no {epsilon!r}</translation>
    </message>
    <message>
        <source>key &apos;attack&apos;: {attack!r}; allowed: {names}</source>
        <translation>clave &apos;attack&apos;: {attack!r}; se admiten: {names}</translation>
    </message>
    <message>
        <source>keys &apos;epsilon&apos; and &apos;attack&apos; belong to metric attack_accuracy only</source>
        <translation>las claves &apos;epsilon&apos; y &apos;attack&apos; solo corresponden a la métrica attack_accuracy</translation>
    </message>
    <message>
        <source>{variant}: not measured in this run</source>
        <translation>{variant}: no se midió en esta ejecución</translation>
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
        <translation>{variant}: {value} (la respuesta dice {compare} {bound})</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>{percent:.1f} %</translation>
    </message>
    <message>
        <source>step {step:,.0f}</source>
        <translation>paso {step:,.0f}</translation>
    </message>
    <message>
        <source>{where}: expected an object with keys {names}</source>
        <translation>{where}: se espera un objeto con las claves {names}</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a text of at most {max_text} characters</source>
        <translation>{where}: clave {key!r}: se espera un texto de como mucho {max_text} caracteres</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: {problem}</source>
        <translation>{where}: clave {key!r}: {problem}</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}</source>
        <translation>{where}: clave {key!r}: se espera un número entero {low} … {high}, no {value!r}</translation>
    </message>
    <message>
        <source>{where}: key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} texts</source>
        <translation>{where}: clave &apos;answers&apos;: se espera una lista de {min_answers} a {max_answers} textos</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a list of {n} (one per answer)</source>
        <translation>{where}: clave {key!r}: se espera una lista de {n} (una por respuesta)</translation>
    </message>
    <message>
        <source>{where}: key &apos;holds&apos;: expected true, false or null per answer</source>
        <translation>{where}: clave &apos;holds&apos;: se espera true, false o null por respuesta</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>unknown preset {name!r}; presets: {names}</source>
        <translation>preajuste desconocido {name!r}; preajustes: {names}</translation>
    </message>
    <message>
        <source>preset {name}: {problem}</source>
        <translation>preajuste {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; &apos;none:&apos; for the experiment as it is)</source>
        <translation>variante {text!r}: escribe NOMBRE:CLAVE=VALOR,… (un nombre de letras, cifras, -, _ o ., que no empiece por .; &apos;none:&apos; para el experimento tal como está)</translation>
    </message>
    <message>
        <source>variant {text!r}: {part!r} is not KEY=VALUE</source>
        <translation>variante {text!r}: {part!r} no es CLAVE=VALOR</translation>
    </message>
    <message>
        <source>a race has 2 to {max_variants} variants, not {count}</source>
        <translation>una carrera tiene de 2 a {max_variants} variantes, no {count}</translation>
    </message>
    <message>
        <source>variant {name!r}: the name is used twice</source>
        <translation>variante {name!r}: el nombre se usa dos veces</translation>
    </message>
    <message>
        <source>variant {name!r}: {problem}</source>
        <translation>variante {name!r}: {problem}</translation>
    </message>
    <message>
        <source>variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)</source>
        <translation>variante {name!r}: las variantes parten de un mismo inicio, así que conservan los datos, el tamaño de lote y la semilla del experimento (ajústalos para todas las variantes)</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps</source>
        <translation>la pérdida de validación nunca mejoró respecto al inicio: muy pocos puntos de validación, o una tasa de aprendizaje que sobreajusta desde los primeros pasos</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net&apos;s weights are back.</source>
        <translation>Parada temprana en el paso {step:,}: {why} (mínima en el paso {best:,}, la primera comprobación); se restauran los pesos de la red sin entrenar.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).</source>
        <translation>Parada temprana en el paso {step:,}: {why} (mínima en el paso {best:,}, la primera comprobación).</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.</source>
        <translation>Parada temprana en el paso {step:,}: la pérdida de validación fue mínima en el paso {best:,}; se restauran los pesos del paso {best:,}.</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.</source>
        <translation>Parada temprana en el paso {step:,}: la pérdida de validación fue mínima en el paso {best:,}.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>weights: {problem}</source>
        <translation>pesos: {problem}</translation>
    </message>
    <message>
        <source>{name}: not a regviz session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>{name}: no es una sesión de regviz (sin &quot;format&quot;: &quot;{format}&quot;)</translation>
    </message>
    <message>
        <source>{name}: session version {version!r}; this regviz reads versions 1 and {latest}</source>
        <translation>{name}: sesión versión {version!r}; este regviz lee las versiones 1 y {latest}</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>una sesión</translation>
    </message>
    <message>
        <source>{name}: config: {problem}</source>
        <translation>{name}: configuración: {problem}</translation>
    </message>
    <message>
        <source>{name}: mode {mode!r}; allowed {names}</source>
        <translation>{name}: modo {mode!r}; se admiten {names}</translation>
    </message>
    <message>
        <source>{name}: step must be a whole number from 0 to {max_step:,}, not {step}</source>
        <translation>{name}: step debe ser un número entero de 0 a {max_step:,}, no {step}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: damaged metrics or weights ({kind}: {problem})</source>
        <translation>{name}: métricas o pesos dañados ({kind}: {problem})</translation>
    </message>
    <message>
        <source>predictions: expected a list of at most {max_kept} predictions</source>
        <translation>predictions: se espera una lista de como mucho {max_kept} predicciones</translation>
    </message>
    <message>
        <source>prediction {number}</source>
        <translation>predicción {number}</translation>
    </message>
    <message>
        <source>predictions: {problem}</source>
        <translation>predictions: {problem}</translation>
    </message>
    <message>
        <source>a race session lists its variants under &quot;race&quot;; other sessions have none</source>
        <translation>una sesión de carrera enumera sus variantes en &quot;race&quot;; las demás sesiones no tienen</translation>
    </message>
    <message>
        <source>race: each variant is {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</source>
        <translation>race: cada variante es {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</translation>
    </message>
    <message>
        <source>race: {problem}</source>
        <translation>race: {problem}</translation>
    </message>
    <message>
        <source>training_points: only 2-D data sets have editable points, not {data_name!r}</source>
        <translation>training_points: solo los conjuntos de datos 2-D tienen puntos editables, no {data_name!r}</translation>
    </message>
    <message>
        <source>training_points: 2 to {limit:,} points [x, y], each with a class</source>
        <translation>training_points: de 2 a {limit:,} puntos [x, y], cada uno con una clase</translation>
    </message>
    <message>
        <source>training_points: every coordinate finite, every class one of 0 … {last}</source>
        <translation>training_points: cada coordenada finita, cada clase una de 0 … {last}</translation>
    </message>
    <message>
        <source>training_points: numbers only, [[x], …] and each point&apos;s y under &quot;classes&quot;</source>
        <translation>training_points: solo números, [[x], …] y la y de cada punto en &quot;classes&quot;</translation>
    </message>
    <message>
        <source>training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y</source>
        <translation>training_points: {data_name!r} es una regresión: de 2 a {limit:,} puntos [x], cada uno con su y</translation>
    </message>
    <message>
        <source>training_points: every x and y finite</source>
        <translation>training_points: cada x e y finitas</translation>
    </message>
    <message>
        <source>weights: a SHA-256 is missing for some net</source>
        <translation>pesos: falta un SHA-256 para alguna red</translation>
    </message>
    <message>
        <source>weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)</source>
        <translation>pesos de {net!r}: el SHA-256 no coincide (el archivo se cambió o está dañado)</translation>
    </message>
    <message>
        <source>weights for {saved}; a {mode!r} run has {nets}</source>
        <translation>pesos para {saved}; una ejecución {mode!r} tiene {nets}</translation>
    </message>
    <message>
        <source>the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net</source>
        <translation>los pesos guardados no encajan en la red {net!r} que construye esta configuración: {key} es {found} en el archivo, {expected} en la red</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>weights of {net!r}: {key}</source>
        <translation>pesos de {net!r}: {key}</translation>
    </message>
    <message>
        <source>{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}</source>
        <translation>{label} debe ser un único número entero de 0 a {max_step:,}, no {dtype} {value}</translation>
    </message>
    <message>
        <source>{label} is {dtype}; a net&apos;s weights are float32 or float64</source>
        <translation>{label} es {dtype}; los pesos de una red son float32 o float64</translation>
    </message>
    <message>
        <source>{label} holds {bad} (every weight must be a finite number)</source>
        <translation>{label} contiene {bad} (cada peso debe ser un número finito)</translation>
    </message>
    <message>
        <source>{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)</source>
        <translation>{label} contiene {largest:.3g}; los pesos que entrena regviz quedan muy dentro de ±{max_weight:.0e} (valores como 1e38 desbordan al ejecutarse la red, y se culparía a la tasa de aprendizaje)</translation>
    </message>
    <message>
        <source>metric columns {columns}</source>
        <translation>columnas de métricas {columns}</translation>
    </message>
    <message>
        <source>metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)</source>
        <translation>metrics: {name!r} tiene más de {max_rows:,} filas (o no es una lista de filas)</translation>
    </message>
    <message>
        <source>a row of {name!r} has the wrong length</source>
        <translation>una fila de {name!r} tiene la longitud incorrecta</translation>
    </message>
    <message>
        <source>metrics: {name!r} row {row}: {column}</source>
        <translation>metrics: {name!r} fila {row}: {column}</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}</source>
        <translation>{label} debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {max_step:,}, not {value}</source>
        <translation>{label} debe estar entre 0 y {max_step:,}, no {value}</translation>
    </message>
    <message>
        <source>{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)</source>
        <translation>{label} es {value}; una métrica es un número float32 finito (una divergida se guarda como null)</translation>
    </message>
    <message>
        <source>about 10^{power}</source>
        <translation>unos 10^{power}</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <source>--param {param}: unknown key</source>
        <translation>--param {param}: clave desconocida</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>--jobs {jobs}: indica 1 o más procesos de trabajo</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>run mode {mode!r}: allowed {names}</source>
        <translation>modo de ejecución {mode!r}: se admiten {names}</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>{kind}: {problem}</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: no CUDA device is available here; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation>training.device = &apos;cuda&apos;: aquí no hay ningún dispositivo CUDA; usa &apos;auto&apos; o &apos;cpu&apos;</translation>
    </message>
    <message>
        <source>variant {name!r}: lockstep variants must share data, batch size and seed</source>
        <translation>variante {name!r}: las variantes al unísono deben compartir datos, tamaño de lote y semilla</translation>
    </message>
    <message>
        <source>training points can be edited on 2-D data only</source>
        <translation>los puntos de entrenamiento solo se pueden editar con datos 2-D</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y), each with a class</source>
        <translation>puntos de entrenamiento: de 2 a {limit:,} puntos (x, y), cada uno con una clase</translation>
    </message>
    <message>
        <source>training points: every coordinate finite, every class one of {classes}</source>
        <translation>puntos de entrenamiento: cada coordenada finita, cada clase una de {classes}</translation>
    </message>
    <message>
        <source>saved weights for a net called {name!r}; this run has {names}</source>
        <translation>pesos guardados para una red llamada {name!r}; esta ejecución tiene {names}</translation>
    </message>
    <message>
        <source>saved weights do not fit the net {name!r}: {problem}</source>
        <translation>los pesos guardados no encajan en la red {name!r}: {problem}</translation>
    </message>
    <message>
        <source>{key}: cannot change while training; reset the run to change it</source>
        <translation>{key}: no se puede cambiar durante el entrenamiento; reinicia la ejecución para cambiarlo</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y)</source>
        <translation>puntos de entrenamiento: de 2 a {limit:,} puntos (x, y)</translation>
    </message>
    <message>
        <source>training points: every x and y finite</source>
        <translation>puntos de entrenamiento: cada x e y finitas</translation>
    </message>
</context>
</TS>
