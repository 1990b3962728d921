<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>config</name>
    <message>
        <source>data.path: {from_stranger} never names a file on this computer (it carries a CSV&apos;s points in data.rows)</source>
        <translation>[·data.path: {from_stranger} never names a file on this computer (it carries a CSV&apos;s points in data.rows)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: unknown key (no section &apos;{part}&apos;)</source>
        <translation>[·{key}: unknown key (no section &apos;{part}&apos;)~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: unknown key; known keys: {names}</source>
        <translation>[·{key}: unknown key; known keys: {names}~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: unknown key</source>
        <translation>[·{key}: unknown key~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{text!r}: expected section.key=value</source>
        <translation>[·{text!r}: expected section.key=value~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {type}</source>
        <translation>[·{where}: expected an object, got {type}~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{prefix}{unknown}: unknown key; allowed here: {names}</source>
        <translation>[·{prefix}{unknown}: unknown key; allowed here: {names}~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected true or false</source>
        <translation>[·{key} = {value}: expected true or false~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a whole number</source>
        <translation>[·{key} = {value}: expected a whole number~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of whole numbers, e.g. [64, 64]</source>
        <translation>[·{key} = {value}: expected a list of whole numbers, e.g. [64, 64]~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected text</source>
        <translation>[·{key} = {value}: expected text~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: cannot set a value of type {type}</source>
        <translation>[·{key}: cannot set a value of type {type}~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: expected a list of names, e.g. [&quot;x1&quot;, &quot;x2&quot;]</source>
        <translation>[·{key} = {value}: expected a list of names, e.g. [&quot;x1&quot;, &quot;x2&quot;]~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: expected a list of rows, each a list of numbers</source>
        <translation>[·{key}: expected a list of rows, each a list of numbers~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]</source>
        <translation>[·{key}[{i}] = {row}: expected a row of numbers, e.g. [0.5, -0.2, 1]~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.path: only for data.name = &apos;csv&apos; (data.name is {data_name!r})</source>
        <translation>[·data.path: only for data.name = &apos;csv&apos; (data.name is {data_name!r})~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a number</source>
        <translation>[·{label} = {value}: expected a number~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} = {value}: too large, expected a finite number</source>
        <translation>[·{label} = {value}: too large, expected a finite number~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{label} = {value}: expected a finite number</source>
        <translation>[·{label} = {value}: expected a finite number~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>name: must not be empty (it labels the run and names its output folder)</source>
        <translation>[·name: must not be empty (it labels the run and names its output folder)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>name = {name}: holds a control character (U+{code:04X}); a name is a one-line label</source>
        <translation>[·name = {name}: holds a control character (U+{code:04X}); a name is a one-line label~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>name = {name}: {length:,} characters, at most {max_name}</source>
        <translation>[·name = {name}: {length:,} characters, at most {max_name}~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value}: out of range, allowed {low:g} … {high:g}</source>
        <translation>[·{key} = {value}: out of range, allowed {low:g} … {high:g}~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key} = {value!r}: allowed values are {names}</source>
        <translation>[·{key} = {value!r}: allowed values are {names}~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)</source>
        <translation>[·model.hidden = {hidden}: 0 … 16 layers of 1 … 4096 units each ([]: no hidden layer, the inputs straight to the outputs)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>model.hidden = []: a CNN needs its channel count (e.g. [16])</source>
        <translation>[·model.hidden = []: a CNN needs its channel count (e.g. [16])~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)</source>
        <translation>[·data.train_size + data.test_size = {total}: the bundled MNIST has {size:,} digits (a torchvision set has more: tv-mnist)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch&apos;s spread; training.batch_size is {training_batch_size})</source>
        <translation>[·model.batchnorm = true needs training.batch_size ≥ 2 (batch norm divides by the batch&apos;s spread; training.batch_size is {training_batch_size})~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set</source>
        <translation>[·training.early_stopping.patience needs data.validation_fraction &gt; 0: the stopping step is chosen on a validation split, never on the test set~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>model.kind = &apos;cnn&apos;: needs an image data set (data.name is {data_name!r})</source>
        <translation>[·model.kind = &apos;cnn&apos;: needs an image data set (data.name is {data_name!r})~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.root: {data_name} needs the folder that holds it (nothing is downloaded)</source>
        <translation>[·data.root: {data_name} needs the folder that holds it (nothing is downloaded)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)</source>
        <translation>[·data.features = {value}: one or more of {names}, each once ({unknown!r} is not one)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.features = {value}: one or more of {names}, each once</source>
        <translation>[·data.features = {value}: one or more of {names}, each once~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)</source>
        <translation>[·data.features: input features are for 2-D data (data.name {data_name!r} is a 1-D regression)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)</source>
        <translation>[·data.features: input features are for 2-D data (data.name {data_name!r} is not 2-D)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.name = &apos;csv&apos;: give the file with data.path (File ▸ Open data in the window)</source>
        <translation>[·data.name = &apos;csv&apos;: give the file with data.path (File ▸ Open data in the window)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}</source>
        <translation>[·data.rows: {rows:,} points; a CSV gives {min_rows} … {max_rows:,}~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows[{bad}]: every row x, y (two numbers), as the first row is</source>
        <translation>[·data.rows[{bad}]: every row x, y (two numbers), as the first row is~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.class_names: x,y points are a regression, which has no classes</source>
        <translation>[·data.class_names: x,y points are a regression, which has no classes~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows: every point has the same x; a curve needs two x values or more</source>
        <translation>[·data.rows: every point has the same x; a curve needs two x values or more~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows: every row x1, x2, class (three numbers), or every row x, y (two)</source>
        <translation>[·data.rows: every row x1, x2, class (three numbers), or every row x, y (two)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.class_names = {value}: 2 … {max_classes} different names</source>
        <translation>[·data.class_names = {value}: 2 … {max_classes} different names~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.classes = {d_classes}: the CSV&apos;s points have {k} classes</source>
        <translation>[·data.classes = {d_classes}: the CSV&apos;s points have {k} classes~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.class_names: {name} is not a class name (1 … 40 characters, one line)</source>
        <translation>[·data.class_names: {name} is not a class name (1 … 40 characters, one line)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows[{i}]: class {label:g} is not one of 0 … {last}</source>
        <translation>[·data.rows[{i}]: class {label:g} is not one of 0 … {last}~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.rows: every point has the same class; a classifier needs two or more</source>
        <translation>[·data.rows: every point has the same class; a classifier needs two or more~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>model.kind = &apos;polynomial&apos;: needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}</source>
        <translation>[·model.kind = &apos;polynomial&apos;: needs a 1-D regression data set ({names}, or a CSV of x,y); data.name is {data_name!r}~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>[·data.label_noise = {data_label_noise:g}: applies to classification; data.name {name!r} is a regression~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression</source>
        <translation>[·regularization.adversarial.epsilon = {adversarial_epsilon:g}: applies to classification; data.name {name!r} is a regression~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
    <message>
        <source>{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = &apos;mlp&apos;)</source>
        <translation>[·{key}: the polynomial model has no hidden layer to normalise or drop (use model.kind = &apos;mlp&apos;)~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~·]</translation>
    </message>
</context>
</TS>
