<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>attack</name>
    <message>
        <source>attack {kind!r}: allowed {names}</source>
        <translation>[·attack {kind!r}: allowed {names}~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>regviz: error: {problem}</source>
        <translation>[·regviz: error: {problem}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held</source>
        <translation>[·regviz: stopped by a second {signal} before the files were written; the output folder keeps what it held~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2</source>
        <translation>[·--robustness {text!r}: expected numbers separated by commas, e.g. 0,0.1,0.2~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2</source>
        <translation>[·--robustness {text!r}: give at least one ε, e.g. 0,0.1,0.2~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--robustness {text!r}: each ε must be in 0 … 1</source>
        <translation>[·--robustness {text!r}: each ε must be in 0 … 1~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--attack {text!r}: a comma-separated list of fgsm, pgd</source>
        <translation>[·--attack {text!r}: a comma-separated list of fgsm, pgd~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before training started; nothing was written</source>
        <translation>[·regviz: interrupted ({signal}) before training started; nothing was written~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says &quot;interrupted&quot;: true)</source>
        <translation>[·regviz: interrupted ({signal}) {done}; what ran is in {out} (its summary says &quot;interrupted&quot;: true)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--robustness: applies to classification; data.name {data_name!r} is a regression</source>
        <translation>[·--robustness: applies to classification; data.name {data_name!r} is a regression~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>at step {step:,} of {steps:,}</source>
        <translation>[·at step {step:,} of {steps:,}~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.</source>
        <translation>[·regviz: the loss diverged (became NaN or infinite) by step {step:,}; training stopped there. Lower training.lr (now {lr:g}) or the penalty λ and run again. metrics.csv and summary.json are in {out}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}</source>
        <translation>[·{name}: train MSE {train:.4f}, test MSE {test:.4f}, test R² {score:.3f} -&gt; {out}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}</source>
        <translation>[·{name}: train loss {train:.4f}, test loss {test:.4f}, test accuracy {score:.1%} -&gt; {out}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--values: give at least one value, e.g. 0,0.001,0.01</source>
        <translation>[·--values: give at least one value, e.g. 0,0.001,0.01~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>[·--jobs {jobs}: give 1 or more worker processes~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: {count} values of {param} -&gt; {out}</source>
        <translation>[·{name}: {count} values of {param} -&gt; {out}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--variant: {problem}</source>
        <translation>[·--variant: {problem}~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{net} diverged</source>
        <translation>[·{net} diverged~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: {count} variants, test loss {finals} -&gt; {out}</source>
        <translation>[·{name}: {count} variants, test loss {finals} -&gt; {out}~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant&apos;s summary.json are in {out}.</source>
        <translation>[·regviz: the loss of {nets} diverged (became NaN or infinite) by step {step:,}; the race stopped there. Lower training.lr or the penalty λ and run again. compare.csv and each variant&apos;s summary.json are in {out}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--variant {name}: the race writes its own compare.csv there; choose another name</source>
        <translation>[·--variant {name}: the race writes its own compare.csv there; choose another name~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>[·a link~~~·]</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>[·a file~~~·]</translation>
    </message>
    <message>
        <source>--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out</source>
        <translation>[·--variant {name}: {where} is {kind}, not a folder the race can write its summary.json into; choose another name or --out~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the script there ({reason})</source>
        <translation>[·--out {out}: cannot write the script there ({reason})~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: script -&gt; {out}</source>
        <translation>[·{name}: script -&gt; {out}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>export-notebook --lesson: a lesson sets its own config; --set is for an experiment</source>
        <translation>[·export-notebook --lesson: a lesson sets its own config; --set is for an experiment~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--steps {steps}: expected 0 or more</source>
        <translation>[·--steps {steps}: expected 0 or more~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--out {out}: cannot write the notebook there ({reason})</source>
        <translation>[·--out {out}: cannot write the notebook there ({reason})~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: notebook -&gt; {out}</source>
        <translation>[·{name}: notebook -&gt; {out}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720</source>
        <translation>[·--size {size!r}: expected WIDTHxHEIGHT, each {low} … {high} pixels, e.g. 1280x720~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>render-lesson: name one lesson (or a lesson file), or give --all</source>
        <translation>[·render-lesson: name one lesson (or a lesson file), or give --all~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}) before the first step was rendered; nothing was written</source>
        <translation>[·regviz: interrupted ({signal}) before the first step was rendered; nothing was written~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says &quot;interrupted&quot;: true)</source>
        <translation>[·regviz: interrupted ({signal}); the PNGs of the steps done are in {out}, index.html was not written (summary.json says &quot;interrupted&quot;: true)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{count} steps -&gt; {out}</source>
        <translation>[·{count} steps -&gt; {out}~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>{path!r}: not a file name</source>
        <translation>[·{path!r}: not a file name~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>[·{label}: cannot read it ({problem})~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows</source>
        <translation>[·{label}: larger than {megabytes} MB; a data set has at most {max_rows:,} rows~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL bytes)</source>
        <translation>[·{label}: a binary file, not CSV text (it holds NUL bytes)~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as &quot;CSV UTF-8&quot;</source>
        <translation>[·{label}, row {row}: not UTF-8 text (byte {start}); save the sheet as &quot;CSV UTF-8&quot;~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: a binary file, not CSV text (it holds NUL characters)</source>
        <translation>[·{label}: a binary file, not CSV text (it holds NUL characters)~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}</source>
        <translation>[·{label}, row {number}: {length:,} characters long; a row of a data set has at most {max_line:,}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows</source>
        <translation>[·{label}: empty; expected a header row x1,x2,label (or x,y) and {min_rows}+ rows~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}: not CSV ({problem})</source>
        <translation>[·{label}, row {row}: not CSV ({problem})~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: empty; expected a header row x1,x2,label (or x,y)</source>
        <translation>[·{label}: empty; expected a header row x1,x2,label (or x,y)~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)</source>
        <translation>[·{label}, row {header_row}: no header row; the first row must name the columns x1,x2,label (or x,y)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}</source>
        <translation>[·{label}, row {header_row}: no column {missing!r}; the header must name x1,x2,label (a class per point) or x,y (regression), found {found}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points</source>
        <translation>[·{label}, row {row}: more than {max_rows:,} rows; a data set has at most {max_rows:,} points~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})</source>
        <translation>[·{label}, row {row}, column {name!r}: missing ({values} values, the header names {columns}; separator {delimiter!r})~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by &apos;;&apos;)</source>
        <translation>[·{label}, row {row}: {values} values, the header names {columns} (a decimal comma in a comma-separated file? quote the numbers or separate by &apos;;&apos;)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}: {values} values, the header names {columns}</source>
        <translation>[·{label}, row {row}: {values} values, the header names {columns}~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: {rows} rows of data; a data set needs at least {min_rows}</source>
        <translation>[·{label}: {rows} rows of data; a data set needs at least {min_rows}~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: empty; every point needs a number there</source>
        <translation>[·{label}, row {row}, column {column!r}: empty; every point needs a number there~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a finite number</source>
        <translation>[·{label}, row {row}, column {column!r}: {text!r} is not a finite number~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is not a number</source>
        <translation>[·{label}, row {row}, column {column!r}: {text!r} is not a number~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)</source>
        <translation>[·{label}, row {row}, column {column!r}: {text!r} is too large (not a finite number)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: empty; every point needs its class</source>
        <translation>[·{label}, row {row}, column &apos;label&apos;: empty; every point needs its class~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class name (at most {max_name} characters, one line)</source>
        <translation>[·{label}, row {row}, column &apos;label&apos;: {text!r} is not a class name (at most {max_name} characters, one line)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})</source>
        <translation>[·{label}, column &apos;label&apos;: every point has the class {name!r}; a classifier needs two classes or more (at most {max_classes})~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; whole-number labels are the classes 0 … {last}</source>
        <translation>[·{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; whole-number labels are the classes 0 … {last}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, column &apos;label&apos;: no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point</source>
        <translation>[·{label}, column &apos;label&apos;: no point has class {absent}; whole-number labels are the classes 0 … K−1, each with a point~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has</source>
        <translation>[·{label}, row {row}, column &apos;label&apos;: {text!r} is not a class; the file names {max_classes} already ({names}), the most a data set has~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out</source>
        <translation>[·data.validation_fraction = {fraction:g}: {n} training examples are too few to hold some out~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.</source>
        <translation>[·{name} is missing or incomplete in {folder!r} ({why}). regviz never downloads data: copy the whole torchvision {name} folder there.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>[·{path} is not a regular file~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>[·{kind}: {problem}~~~~~~~·]</translation>
    </message>
    <message>
        <source>its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}</source>
        <translation>[·its files hold {images:,} images of {shape} and {labels:,} labels, not images of {expected} each with a class 0–{last}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: this data set has {examples} examples</source>
        <translation>[·data.train_size + data.test_size = {total}: this data set has {examples} examples~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>experiment_line</name>
    <message>
        <source>experiment line: {length:,} characters with the data set&apos;s {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)</source>
        <translation>[·experiment line: {length:,} characters with the data set&apos;s {points:,} points, over the {max_line:,} a line may have — share the session instead (File ▸ Save session)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>not a regviz experiment line (it starts with {prefix!r})</source>
        <translation>[·not a regviz experiment line (it starts with {prefix!r})~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: {length:,} characters; a regviz line has at most {max_line:,}</source>
        <translation>[·experiment line: {length:,} characters; a regviz line has at most {max_line:,}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line version {version!r}; this regviz reads version {latest}</source>
        <translation>[·experiment line version {version!r}; this regviz reads version {latest}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: damaged (copy the whole line, nothing added)</source>
        <translation>[·experiment line: damaged (copy the whole line, nothing added)~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: inflates to more than {max_json:,} bytes</source>
        <translation>[·experiment line: inflates to more than {max_json:,} bytes~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: cut short (copy the whole line)</source>
        <translation>[·experiment line: cut short (copy the whole line)~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: something follows its data (copy the line alone, nothing added)</source>
        <translation>[·experiment line: something follows its data (copy the line alone, nothing added)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line: damaged (not UTF-8 inside)</source>
        <translation>[·experiment line: damaged (not UTF-8 inside)~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>experiment line</source>
        <translation>[·experiment line~~~~~~·]</translation>
    </message>
    <message>
        <source>a one-line experiment</source>
        <translation>[·a one-line experiment~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>a folder</source>
        <translation>[·a folder~~~~·]</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>[·a named pipe (FIFO)~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>[·a character device~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>[·a block device~~~~~~·]</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>[·a socket~~~~·]</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>[·not a regular file~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: {kind}, not a file — regviz reads only regular files</source>
        <translation>[·{label}: {kind}, not a file — regviz reads only regular files~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: no such file</source>
        <translation>[·{label}: no such file~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: cannot read it ({problem})</source>
        <translation>[·{label}: cannot read it ({problem})~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: larger than {megabytes} MB — not a file regviz wrote or reads</source>
        <translation>[·{label}: larger than {megabytes} MB — not a file regviz wrote or reads~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: cannot read it (not UTF-8 text: {reason} at byte {start})</source>
        <translation>[·{label}: cannot read it (not UTF-8 text: {reason} at byte {start})~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}: {problem})</source>
        <translation>[·{label}: not valid JSON (line {line}: {problem})~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: nested too deeply (more than {max_depth} levels)</source>
        <translation>[·{label}: nested too deeply (more than {max_depth} levels)~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label}: holds a number with thousands of digits</source>
        <translation>[·{label}: holds a number with thousands of digits~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{target_name}: nothing was written</source>
        <translation>[·{target_name}: nothing was written~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path_name}: {kind}, not a regular file — refused, nothing was written</source>
        <translation>[·{path_name}: {kind}, not a regular file — refused, nothing was written~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>[·a FIFO (named pipe)~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>[·a device~~~~·]</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>[·a special file~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <source>{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy</source>
        <translation>[·{path_name} is {width:,} × {height:,} pixels: too large to open (at most {millions} million pixels); save a smaller copy~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path_name}: too large to open safely (Pillow&apos;s decompression-bomb limit); save a smaller copy</source>
        <translation>[·{path_name}: too large to open safely (Pillow&apos;s decompression-bomb limit); save a smaller copy~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path_name}: no such file</source>
        <translation>[·{path_name}: no such file~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)</source>
        <translation>[·{path_name} is not an image regviz can read (PNG, JPEG, BMP, GIF, TIFF, WebP)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path_name} could not be read as an image: {problem}</source>
        <translation>[·{path_name} could not be read as an image: {problem}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>markup</name>
    <message>
        <source>the text {text} would be changed</source>
        <translation>[·the text {text} would be changed~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>the text {text} would be removed</source>
        <translation>[·the text {text} would be removed~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is markup; it must be plain text</source>
        <translation>[·&lt;{tag}&gt; is markup; it must be plain text~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}</source>
        <translation>[·&lt;{tag}&gt; is not allowed (a lesson loads no image or file); lesson text allows {allowed}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; is not allowed; lesson text allows {allowed}</source>
        <translation>[·&lt;{tag}&gt; is not allowed; lesson text allows {allowed}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>class {bad!r} on &lt;span&gt; is not allowed; a span&apos;s class is one of {classes}</source>
        <translation>[·class {bad!r} on &lt;span&gt; is not allowed; a span&apos;s class is one of {classes}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>the link {value!r} is not allowed; a link must be an https:// address</source>
        <translation>[·the link {value!r} is not allowed; a link must be an https:// address~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span&apos;s class and a link&apos;s https:// href are</source>
        <translation>[·attribute {name!r} on &lt;{tag}&gt; is not allowed; only a span&apos;s class and a link&apos;s https:// href are~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; would be changed</source>
        <translation>[·&lt;{tag}&gt; would be changed~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)</source>
        <translation>[·its markup is not well nested near {where} (a tag closed in the wrong order, or one inside &lt;p&gt;?)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>the polynomial model takes one input (a 1-D data set)</source>
        <translation>[·the polynomial model takes one input (a 1-D data set)~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>narrator</name>
    <message>
        <source>{first} {second}</source>
        <translation>[·{first} {second}~~~~~~~·]</translation>
    </message>
    <message>
        <source>step {step}: {narration}</source>
        <translation>[·step {step}: {narration}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>L1</source>
        <translation>[·L1~·]</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>[·L2~·]</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>[·weight decay~~~~~·]</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>[·dropout~~~·]</translation>
    </message>
    <message>
        <source>augmentation</source>
        <translation>[·augmentation~~~~~·]</translation>
    </message>
    <message>
        <source>adversarial training</source>
        <translation>[·adversarial training~~~~~~~~·]</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>[·early stopping~~~~~~·]</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>[·{first} and {second}~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>[·{first}, {rest}~~~~~~·]</translation>
    </message>
    <message>
        <source>{net}: {sentence}</source>
        <translation>[·{net}: {sentence}~~~~~~~·]</translation>
    </message>
    <message>
        <source>The loss diverged (became NaN or infinite) by step {step}: lower the learning rate or the penalty.</source>
        <translation>[·The loss diverged (became NaN or infinite) by step {step}: lower the learning rate or the penalty.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.</source>
        <translation>[·Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its {points} points.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.</source>
        <translation>[·Test loss is up since its lowest, {steps} steps ago, while training loss has fallen: the net is memorising its training points.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>The gap between train and test loss is {gap:.2f}: {regularizer} is holding.</source>
        <translation>[·The gap between train and test loss is {gap:.2f}: {regularizer} is holding.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{percent:.0f} % of the weights are exactly zero.</source>
        <translation>[·{percent:.0f} % of the weights are exactly zero.~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.</source>
        <translation>[·Accuracy under the {attack} attack at ε = {epsilon:g}: {percent:.0f} %.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>The validation loss was lowest at step {best}: early stopping goes back to the net of that step.</source>
        <translation>[·The validation loss was lowest at step {best}: early stopping goes back to the net of that step.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>notebook</name>
    <message>
        <source>exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)</source>
        <translation>[·exporting a notebook needs nbformat: pip install nbformat (the notebook itself then needs torch, numpy and matplotlib only)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a race exports as a notebook one variant at a time: choose a single run first</source>
        <translation>[·a race exports as a notebook one variant at a time: choose a single run first~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: the notebook trains on the CPU, as regviz&apos;s numbers do; set training.device to auto or cpu</source>
        <translation>[·training.device = &apos;cuda&apos;: the notebook trains on the CPU, as regviz&apos;s numbers do; set training.device to auto or cpu~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>lesson step {number}: a live change of {key} is not one the notebook can make</source>
        <translation>[·lesson step {number}: a live change of {key} is not one the notebook can make~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>output</name>
    <message>
        <source>--out {out}: cannot use it as the output folder ({reason})</source>
        <translation>[·--out {out}: cannot use it as the output folder ({reason})~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>another regviz run</source>
        <translation>[·another regviz run~~~~~~~~·]</translation>
    </message>
    <message>
        <source>another regviz run (pid {pid})</source>
        <translation>[·another regviz run (pid {pid})~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--out {out}: {who} is writing there; wait for it to finish or choose another --out</source>
        <translation>[·--out {out}: {who} is writing there; wait for it to finish or choose another --out~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}; {kept}</source>
        <translation>[·cannot write {path}: {reason}; {kept}~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>the earlier results in {out} are unchanged</source>
        <translation>[·the earlier results in {out} are unchanged~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>nothing was written to {out}</source>
        <translation>[·nothing was written to {out}~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>cannot write {shown}: {reason}; {kept}</source>
        <translation>[·cannot write {shown}: {reason}; {kept}~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>cannot move the new files into {out}: {reason}</source>
        <translation>[·cannot move the new files into {out}: {reason}~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{path}: its folder is a link out of {out}</source>
        <translation>[·{path}: its folder is a link out of {out}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>not a run file name: {name!r}</source>
        <translation>[·not a run file name: {name!r}~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>predict</name>
    <message>
        <source>answer {number} rule: key &apos;at&apos;: {at!r}: a step that does not train is answered by the run as it stands: &apos;end&apos; only</source>
        <translation>[·answer {number} rule: key &apos;at&apos;: {at!r}: a step that does not train is answered by the run as it stands: &apos;end&apos; only~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>, step {number} ({title!r})</source>
        <translation>[·, step {number} ({title!r})~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;predict&apos;: {problem}</source>
        <translation>[·key &apos;predict&apos;: {problem}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it &apos;train&apos;)</source>
        <translation>[·a prediction step that does not train is answered by the run as the earlier steps left it, so it keeps their net: no key {key!r} (or give it &apos;train&apos;)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step &apos;train&apos;, or train before it</source>
        <translation>[·a prediction step that does not train is answered by the run as it stands, and no earlier step trained this net: give this step &apos;train&apos;, or train before it~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>expected an object with &quot;question&quot; and &quot;answers&quot;</source>
        <translation>[·expected an object with &quot;question&quot; and &quot;answers&quot;~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: question, answers, expected</source>
        <translation>[·unknown key {key!r}; allowed: question, answers, expected~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>no list</source>
        <translation>[·no list~~~·]</translation>
    </message>
    <message>
        <source>key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} answers, not {count}</source>
        <translation>[·key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} answers, not {count}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;expected&apos;: the number of an answer, 1 … {answers}, not {expected!r}</source>
        <translation>[·key &apos;expected&apos;: the number of an answer, 1 … {answers}, not {expected!r}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key {key!r}: a non-empty text is required</source>
        <translation>[·key {key!r}: a non-empty text is required~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key {key!r}: {problem}</source>
        <translation>[·key {key!r}: {problem}~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>answer {number}</source>
        <translation>[·answer {number}~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: expected an object with &quot;text&quot; and &quot;rule&quot; (and nothing else)</source>
        <translation>[·{where}: expected an object with &quot;text&quot; and &quot;rule&quot; (and nothing else)~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where} text</source>
        <translation>[·{where} text~~~~~·]</translation>
    </message>
    <message>
        <source>{where} rule: {problem}</source>
        <translation>[·{where} rule: {problem}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key {key!r}: expected a finite number, not {value!r}</source>
        <translation>[·key {key!r}: expected a finite number, not {value!r}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>expected an object with &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; and &quot;than&quot; or &quot;value&quot;</source>
        <translation>[·expected an object with &quot;metric&quot;, &quot;variant&quot;, &quot;compare&quot; and &quot;than&quot; or &quot;value&quot;~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>unknown key {key!r}; allowed: {names}</source>
        <translation>[·unknown key {key!r}; allowed: {names}~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric!r}; allowed: {names}</source>
        <translation>[·key &apos;metric&apos;: {metric!r}; allowed: {names}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;metric&apos;: {metric} needs a validation split (data.validation_fraction &gt; 0)</source>
        <translation>[·key &apos;metric&apos;: {metric} needs a validation split (data.validation_fraction &gt; 0)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;variant&apos;: {variant!r} is not a net of this step&apos;s run; allowed: {allowed}</source>
        <translation>[·key &apos;variant&apos;: {variant!r} is not a net of this step&apos;s run; allowed: {allowed}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;compare&apos;: {compare!r}; allowed: {names}</source>
        <translation>[·key &apos;compare&apos;: {compare!r}; allowed: {names}~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;at&apos;: {at!r}; allowed: {names} or a step number</source>
        <translation>[·key &apos;at&apos;: {at!r}; allowed: {names} or a step number~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>give exactly one of &apos;than&apos; (another net) and &apos;value&apos; (a number)</source>
        <translation>[·give exactly one of &apos;than&apos; (another net) and &apos;value&apos; (a number)~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;than&apos;: {than!r} is not another net of this step&apos;s run; allowed: {allowed}</source>
        <translation>[·key &apos;than&apos;: {than!r} is not another net of this step&apos;s run; allowed: {allowed}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;factor&apos;: expected a number above 0, not {factor!r}</source>
        <translation>[·key &apos;factor&apos;: expected a number above 0, not {factor!r}~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;epsilon&apos;: expected 0 … 1, not {epsilon!r}</source>
        <translation>[·key &apos;epsilon&apos;: expected 0 … 1, not {epsilon!r}~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>key &apos;attack&apos;: {attack!r}; allowed: {names}</source>
        <translation>[·key &apos;attack&apos;: {attack!r}; allowed: {names}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>keys &apos;epsilon&apos; and &apos;attack&apos; belong to metric attack_accuracy only</source>
        <translation>[·keys &apos;epsilon&apos; and &apos;attack&apos; belong to metric attack_accuracy only~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{variant}: not measured in this run</source>
        <translation>[·{variant}: not measured in this run~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value}</source>
        <translation>[·{variant}: {value}, {other}: {other_value}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{variant}: {value}, {other}: {other_value} (× {factor} = {bound})</source>
        <translation>[·{variant}: {value}, {other}: {other_value} (× {factor} = {bound})~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{variant}: {value} (the answer says {compare} {bound})</source>
        <translation>[·{variant}: {value} (the answer says {compare} {bound})~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{percent:.1f} %</source>
        <translation>[·{percent:.1f} %~~~~~~·]</translation>
    </message>
    <message>
        <source>step {step:,.0f}</source>
        <translation>[·step {step:,.0f}~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: expected an object with keys {names}</source>
        <translation>[·{where}: expected an object with keys {names}~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a text of at most {max_text} characters</source>
        <translation>[·{where}: key {key!r}: expected a text of at most {max_text} characters~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: {problem}</source>
        <translation>[·{where}: key {key!r}: {problem}~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}</source>
        <translation>[·{where}: key {key!r}: expected a whole number {low} … {high}, not {value!r}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} texts</source>
        <translation>[·{where}: key &apos;answers&apos;: expected a list of {min_answers} to {max_answers} texts~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key {key!r}: expected a list of {n} (one per answer)</source>
        <translation>[·{where}: key {key!r}: expected a list of {n} (one per answer)~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: key &apos;holds&apos;: expected true, false or null per answer</source>
        <translation>[·{where}: key &apos;holds&apos;: expected true, false or null per answer~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>unknown preset {name!r}; presets: {names}</source>
        <translation>[·unknown preset {name!r}; presets: {names}~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>preset {name}: {problem}</source>
        <translation>[·preset {name}: {problem}~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>race</name>
    <message>
        <source>variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; &apos;none:&apos; for the experiment as it is)</source>
        <translation>[·variant {text!r}: write NAME:KEY=VALUE,… (a name of letters, digits, -, _ or ., not starting with .; &apos;none:&apos; for the experiment as it is)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>variant {text!r}: {part!r} is not KEY=VALUE</source>
        <translation>[·variant {text!r}: {part!r} is not KEY=VALUE~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a race has 2 to {max_variants} variants, not {count}</source>
        <translation>[·a race has 2 to {max_variants} variants, not {count}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>variant {name!r}: the name is used twice</source>
        <translation>[·variant {name!r}: the name is used twice~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>variant {name!r}: {problem}</source>
        <translation>[·variant {name!r}: {problem}~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)</source>
        <translation>[·variant {name!r}: variants race from one start, so they keep the data, batch size and seed of the experiment (set those for every variant)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps</source>
        <translation>[·the validation loss never improved on its start: too few validation points, or a learning rate that overfits from the first steps~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net&apos;s weights are back.</source>
        <translation>[·Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check); the untrained net&apos;s weights are back.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).</source>
        <translation>[·Early stopping at step {step:,}: {why} (lowest at step {best:,}, the first check).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.</source>
        <translation>[·Early stopping at step {step:,}: the validation loss was lowest at step {best:,}; the weights of step {best:,} are back.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.</source>
        <translation>[·Early stopping at step {step:,}: the validation loss was lowest at step {best:,}.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>weights: {problem}</source>
        <translation>[·weights: {problem}~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: not a regviz session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>[·{name}: not a regviz session (no &quot;format&quot;: &quot;{format}&quot;)~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: session version {version!r}; this regviz reads versions 1 and {latest}</source>
        <translation>[·{name}: session version {version!r}; this regviz reads versions 1 and {latest}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>[·a session~~~~·]</translation>
    </message>
    <message>
        <source>{name}: config: {problem}</source>
        <translation>[·{name}: config: {problem}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: mode {mode!r}; allowed {names}</source>
        <translation>[·{name}: mode {mode!r}; allowed {names}~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: step must be a whole number from 0 to {max_step:,}, not {step}</source>
        <translation>[·{name}: step must be a whole number from 0 to {max_step:,}, not {step}~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>[·{name}: {problem}~~~~~~~·]</translation>
    </message>
    <message>
        <source>{name}: damaged metrics or weights ({kind}: {problem})</source>
        <translation>[·{name}: damaged metrics or weights ({kind}: {problem})~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>predictions: expected a list of at most {max_kept} predictions</source>
        <translation>[·predictions: expected a list of at most {max_kept} predictions~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>prediction {number}</source>
        <translation>[·prediction {number}~~~~~~~~·]</translation>
    </message>
    <message>
        <source>predictions: {problem}</source>
        <translation>[·predictions: {problem}~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a race session lists its variants under &quot;race&quot;; other sessions have none</source>
        <translation>[·a race session lists its variants under &quot;race&quot;; other sessions have none~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>race: each variant is {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}</source>
        <translation>[·race: each variant is {&quot;name&quot;: …, &quot;settings&quot;: {key: value}}~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>race: {problem}</source>
        <translation>[·race: {problem}~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: only 2-D data sets have editable points, not {data_name!r}</source>
        <translation>[·training_points: only 2-D data sets have editable points, not {data_name!r}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: 2 to {limit:,} points [x, y], each with a class</source>
        <translation>[·training_points: 2 to {limit:,} points [x, y], each with a class~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: every coordinate finite, every class one of 0 … {last}</source>
        <translation>[·training_points: every coordinate finite, every class one of 0 … {last}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: numbers only, [[x], …] and each point&apos;s y under &quot;classes&quot;</source>
        <translation>[·training_points: numbers only, [[x], …] and each point&apos;s y under &quot;classes&quot;~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y</source>
        <translation>[·training_points: {data_name!r} is a regression: 2 to {limit:,} points [x], each with its y~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training_points: every x and y finite</source>
        <translation>[·training_points: every x and y finite~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>weights: a SHA-256 is missing for some net</source>
        <translation>[·weights: a SHA-256 is missing for some net~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)</source>
        <translation>[·weights of {net!r}: the SHA-256 does not match (the file was changed or damaged)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>weights for {saved}; a {mode!r} run has {nets}</source>
        <translation>[·weights for {saved}; a {mode!r} run has {nets}~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net</source>
        <translation>[·the saved weights do not fit the net {net!r} this config builds: {key} is {found} in the file, {expected} in the net~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>[·missing~~~·]</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>[·absent~~~·]</translation>
    </message>
    <message>
        <source>weights of {net!r}: {key}</source>
        <translation>[·weights of {net!r}: {key}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}</source>
        <translation>[·{label} must be one whole number from 0 to {max_step:,}, not {dtype} {value}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} is {dtype}; a net&apos;s weights are float32 or float64</source>
        <translation>[·{label} is {dtype}; a net&apos;s weights are float32 or float64~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} holds {bad} (every weight must be a finite number)</source>
        <translation>[·{label} holds {bad} (every weight must be a finite number)~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)</source>
        <translation>[·{label} holds {largest:.3g}; weights regviz trains stay far within ±{max_weight:.0e} (values like 1e38 overflow as the net runs, and the learning rate would be blamed)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>metric columns {columns}</source>
        <translation>[·metric columns {columns}~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)</source>
        <translation>[·metrics: {name!r} holds more than {max_rows:,} rows (or is not a list of rows)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>a row of {name!r} has the wrong length</source>
        <translation>[·a row of {name!r} has the wrong length~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>metrics: {name!r} row {row}: {column}</source>
        <translation>[·metrics: {name!r} row {row}: {column}~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} must be a number, not {value}</source>
        <translation>[·{label} must be a number, not {value}~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {max_step:,}, not {value}</source>
        <translation>[·{label} must be from 0 to {max_step:,}, not {value}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)</source>
        <translation>[·{label} is {value}; a metric is a finite float32 number (a diverged one is saved as null)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>about 10^{power}</source>
        <translation>[·about 10^{power}~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <source>--param {param}: unknown key</source>
        <translation>[·--param {param}: unknown key~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>--jobs {jobs}: give 1 or more worker processes</source>
        <translation>[·--jobs {jobs}: give 1 or more worker processes~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>run mode {mode!r}: allowed {names}</source>
        <translation>[·run mode {mode!r}: allowed {names}~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{kind}: {problem}</source>
        <translation>[·{kind}: {problem}~~~~~~~·]</translation>
    </message>
    <message>
        <source>training.device = &apos;cuda&apos;: no CUDA device is available here; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation>[·training.device = &apos;cuda&apos;: no CUDA device is available here; use &apos;auto&apos; or &apos;cpu&apos;~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>variant {name!r}: lockstep variants must share data, batch size and seed</source>
        <translation>[·variant {name!r}: lockstep variants must share data, batch size and seed~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training points can be edited on 2-D data only</source>
        <translation>[·training points can be edited on 2-D data only~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y), each with a class</source>
        <translation>[·training points: 2 to {limit:,} points (x, y), each with a class~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training points: every coordinate finite, every class one of {classes}</source>
        <translation>[·training points: every coordinate finite, every class one of {classes}~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>saved weights for a net called {name!r}; this run has {names}</source>
        <translation>[·saved weights for a net called {name!r}; this run has {names}~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>saved weights do not fit the net {name!r}: {problem}</source>
        <translation>[·saved weights do not fit the net {name!r}: {problem}~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: cannot change while training; reset the run to change it</source>
        <translation>[·{key}: cannot change while training; reset the run to change it~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training points: 2 to {limit:,} points (x, y)</source>
        <translation>[·training points: 2 to {limit:,} points (x, y)~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training points: every x and y finite</source>
        <translation>[·training points: every x and y finite~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
</TS>
