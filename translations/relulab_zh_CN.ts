<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: relulab [COMMAND] [OPTIONS]

ReLU Lab: interactive lessons on neural-network activation functions.
Without a command, the application window opens.

Commands:
  eval ACTIVATION      evaluate f, f&apos; and f&apos;&apos; at x values read from standard input
  render ACTIVATION    draw an activation plot to a PNG, SVG or PDF file
  train                train a small network and print one CSV row per epoch
  scenario NAME        run a classroom scenario (scenario --list lists them)

Options:
  -h, --help           show this help
  -v, --version        show the version

Run &apos;relulab COMMAND --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab: unknown command &apos;%1&apos;. Run &apos;relulab --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moons, circles, xor, spiral, blobs, sine, digits, or a CSV file (x1,...,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of generated samples (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator noise, standard deviation (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blobs: number of classes, 2 to 5 (default 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of samples held out for testing; 0 trains on all (default 0.25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale each feature to zero mean and unit variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer widths, 1 to 512 each, or &apos;none&apos; (default 64,64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation for all hidden layers, or one per layer (default relu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation parameter by its PyTorch name (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one learnable PReLU slope per layer or per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pytorch_default, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, orthogonal, rai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden biases: a constant, or PyTorch&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser, with torch.optim&apos;s semantics (default sgd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum for sgd and rmsprop (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum (sgd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay added to the gradient (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning-rate schedule (default constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step schedule: epochs between decays (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step schedule: decay factor (default 0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 penalty on hidden activations (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minibatch size; 0 = full batch (default 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs to train (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the initialisation, shuffling and data (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 (default) or float64 arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from these weights: {&quot;layers&quot;: [{&quot;weight&quot;: [[...]], &quot;bias&quot;: [...]}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from a saved session (options given here override it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the session with the trained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight is learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in evaluation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab</name>
    <message>
        <source>Unknown activation &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation &apos;%1&apos; has no parameter &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; of &apos;%2&apos; must lie between %3 and %4; %5 is outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters of &apos;%1&apos; do not fit together: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth ReLU-like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard / piecewise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink / threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discontinuous (jumps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuous, with a kink (C⁰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuously differentiable (C¹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smooth (C^∞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown figure format for &apos;%1&apos;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure must be at least 16 × 16 pixels at 24 DPI or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the figure to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos; for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationList</name>
    <message>
        <source>Search activations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationPlot</name>
    <message>
        <source>%1: f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: f′(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: f″(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::Cli</name>
    <message>
        <source>Usage: relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32]
                    [--training] [--seed N]

Reads x values from standard input, one per line (decimal, C99 hex float such as
0x1.8p+1, inf, -inf or nan), and writes CSV with the header x,value,grad,grad2:
f(x), f&apos;(x) and f&apos;&apos;(x) with 17 significant digits, one row per input.

Options:
  --param NAME=VALUE  set a parameter by its PyTorch name, e.g. negative_slope=0.1,
                      alpha=2, approximate=tanh (repeatable)
  --dtype f64|f32     compute in double (default) or in float as PyTorch float32
  --training          rrelu only: random slopes in [lower, upper] (training mode)
  --seed N            seed of the random slopes of --training (default 0)
  -h, --help          show this help

Activations: %1

Exit status: 0 on success, 2 on an unknown activation or parameter, a value outside
its valid range, or an input line that is not a number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of the input is not a number: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dtype must be f64 or f32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;relulab eval --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one activation can be evaluated, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activation given. Run &apos;relulab eval --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;. Known activations: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activation &apos;%1&apos; has no parameter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &apos;%1&apos; of parameter &apos;%2&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--training applies only to activations with a training mode (rrelu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf

Draws the explorer&apos;s plot of an activation to a file.

Options:
  --param NAME=VALUE          set a parameter (PyTorch&apos;s name); repeatable
  --overlay ID[:NAME=VALUE,...]  add an overlay curve (at most six); repeatable
  --derivative                also draw f&apos;
  --second-derivative         also draw f&apos;&apos;
  --xmin A --xmax B           the x range (default -5 to 5)
  --lang en|zh_CN|zh_TW       language of the labels (default en)
  --size WxH                  layout size in pixels (default 1200x800)
  --dpi N                     resolution of PNG output (default 96)
  --out FILE                  the figure: .png, .svg or .pdf
  -h, --help                  show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a finite number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use en, zh_CN or zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT between 16 and 10000, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 24 to 1200, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;. Run &apos;relulab render --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one activation can be drawn; use --overlay for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activation given. Run &apos;relulab render --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given (--out FILE.png|svg|pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output file must end in .png, .svg or .pdf: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xmin and --xmax go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xmin must be smaller than --xmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most six overlays can be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay needs ID[:NAME=VALUE,...], not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About half are active: a fresh ReLU network has ~50 % zeros per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative bias kills: hidden biases of -3 leave ReLU layers dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too high a learning rate: Adam at 0.1 kills most ReLU units on digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep and narrow is born dead: ten layers of width 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients: ten sigmoid layers, per-layer gradient norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why non-linear: the identity activation cannot separate XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsity and accuracy: an L1 penalty on activations dials sparsity up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]
       relulab scenario --list

Run a classroom scenario and print one row per epoch, as &apos;relulab train&apos; does.

Options:
  --list            list the scenarios
  --contrast N      run with the scenario&apos;s N-th contrasting activation (1, 2, ...)
  --epochs N        train for N epochs instead of the scenario&apos;s number
  --seed N          use another seed
  --format csv|json output format (default csv)
  -h, --help        show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: %1 expects a whole number &gt;= 0
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: --format expects csv or json
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: unexpected argument &apos;%1&apos;. Run &apos;relulab scenario --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: name a scenario (see &apos;relulab scenario --list&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: unknown scenario &apos;%1&apos; (see &apos;relulab scenario --list&apos;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab scenario: %1 has %2 contrasting activations
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --param expects NAME=VALUE, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --param %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relulab train [OPTIONS]

Train a small fully connected network and print one row per epoch:
epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,gradnorm_1..L+1
(epoch 0 = before training). Exit status 2 for bad options or data.

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab: the initial weights do not fit the network: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab: training diverged (NaN or Inf) during epoch %1; the last good weights are kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab: cannot save %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: %1
Run &apos;relulab train --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: unexpected argument &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --%1 expects a whole number &gt;= %2, got &apos;%3&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --init-weights: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relulab train: --format expects csv or json, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::CurvesView</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten digits 8×8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data s&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift and scale each feature to mean 0 and variance 1 (statistics of the training part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove added points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On 2-D data, click the preview to add training points: left button class 0 (circle), right button class 1 (triangle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training and %2 test samples, %3 input feature(s); %4 added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::DecisionView</name>
    <message>
        <source>x₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The decision map needs two input features;
this data set has %n feature(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 (train)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ExplorerWidget</name>
    <message>
        <source>At most six overlays can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RReLU in training (random slope per input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope = lower = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope = upper = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU, tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference: tanh − exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate a parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the derivative f′ (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the second derivative f″ (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade f′ = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade where the gradient is exactly zero: a unit there stops learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show f′ (derivative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show f″ (second derivative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shade where f′ = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear pinned readouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase first parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease first parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase second parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrease second parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause the parameter animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export curves as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy plot image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::GlossaryWindow</name>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term in English, 简体中文 or 繁體中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::GradientView</name>
    <message>
        <source>weight matrix (1 = first layer, last = output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm ‖∂L/∂W‖ (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with zero gradient: nothing flows back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReluLab::HistogramView</name>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of pre-activations get no gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of values (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z), f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>histogram of z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(z) = 0: no gradient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::LearnPanel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for x → −∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for x → +∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where f′ jumps or f has a kink, PyTorch&apos;s convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity near 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-unit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: f′ = 0 on a half-line, a unit can stop learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties for these parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::MainWindow</name>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Lab %1&lt;/h3&gt;&lt;p&gt;Interactive lessons on neural-network activation functions: explore f, f′ and f″, then train a small network and watch ReLU units die.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, heavy lines, side panels hidden (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light / dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: RReLU random slopes vs eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: GELU exact vs tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: Softplus approaching ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: Leaky ReLU slopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkLabWorkspace</name>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training log (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Network Lab session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Network Lab session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower learning rate ÷10 and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units, layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: the loss or a weight became NaN or infinite. Training stopped; the last good weights are kept. Reset, or lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born dead: hidden layer %1 outputs zero for every sample from the start. The network is a constant and no gradient can reach the layers below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born dead: the network is a constant from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data set cannot be made; see the Data panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkPanel</name>
    <message>
        <source>Network and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One activation for all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch default (nn.Linear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomized asymmetric (Lu et al. 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it while training goes on keeps the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 on activations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds λ·Σ|a| of the hidden activations to the loss (Glorot et al. 2011): pushes sparsity up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in layer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::NeuronTilesView</name>
    <message>
        <source>Each tile is one unit. Crossed out and hatched, with the word “dead”: its output is 0 for every training sample. Dashed border, “off”: inactive everywhere but still trainable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (%2): %3 / %4 dead (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 (%2): diverged, no count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>born dead: %n unit(s) were dead before the first step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) inactive everywhere but still trainable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReluLab::OverlayPanel</name>
    <message>
        <source>Up to six curves to compare with the current one. Click a legend entry or a check box to hide or show a curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current activation and parameters as an overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RReLU: random slopes in training vs eval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GELU: exact vs tanh approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus: growing β approaches ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU: several slopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterAnimator</name>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of one sweep from the first value to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterPanel</name>
    <message>
        <source>PyTorch default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to PyTorch defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::PlotExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector output: sharp at any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (layout pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (layout pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::PreluView</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned negative slope a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer uses PReLU.
Choose PReLU for a layer to watch its slope learn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::ScenarioPanel</name>
    <message>
        <source>About half are active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative bias kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too high a learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep and narrow is born dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why non-linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsity and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh ReLU network, before any training. Watch the sparsity bars at epoch 0: about 50 % of the activations in every layer are exactly zero, because with symmetric random weights and zero bias a unit&apos;s input is negative for about half of the samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hidden bias starts at −3, so most pre-activations are negative. Watch layer 2: all its units are dead from the start, no gradient flows, the loss never moves and accuracy stays at chance (50 %). Try Leaky ReLU or ELU with the same settings: they still learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits with Adam at learning rate 0.1: a few large steps push many units of layer 2 to negative inputs for every sample. Watch the dead count of layer 2 climb and test accuracy collapse. Leaky ReLU keeps learning. Lower the learning rate while it trains: dead units do not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten hidden layers of only three ReLU units. One layer whose three units are all off for every input makes the whole network a constant: it is born dead and can never learn. The chance that one layer dies is about 2⁻³ per input, so over ten layers most initialisations die. Draw 100 initialisations and count. The cure: randomized asymmetric initialisation, or Leaky ReLU / ELU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten sigmoid layers: σ′ is at most 1/4, so the gradient shrinks about four times per layer. Watch the gradient norms on the log scale fall towards layer 1, and training crawl. With ReLU the norms stay within one order of magnitude. (tanh also trains well on a task this small.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the identity activation any number of layers is one linear map, and no straight line separates XOR: accuracy stays near chance. Switch to ReLU and a few units bend the boundary around the four quadrants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An L1 penalty on the hidden activations (Glorot et al. 2011) pushes the share of zeros into the shaded 70–85 % band while test accuracy stays high. Without the penalty, training makes this network denser, not sparser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw %1 initialisations and count born-dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same settings with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing initialisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 networks born dead (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::SparsityView</name>
    <message>
        <source>hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparsity: zero activations (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70–85 %: Glorot et al. 2011</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sparsity (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::TileStrip</name>
    <message>
        <source>Layer %1, unit %2: non-zero on %3 % of the training samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead: its output is 0 for every training sample, so it passes no gradient and cannot recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive everywhere: its pre-activation is ≤ 0 for every sample, but it is still trainable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingControlBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One optimiser step on the next minibatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh network from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)/s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: training %1, test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 to 2^53 (or a decimal text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 64-bit unsigned whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activations for %2 hidden layers (give one, or one per layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;pytorch_default&quot; or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 weights in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inputs, but the previous layer has %2 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values for %2 outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slopes: give 1 or one per unit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ReLU Lab session (&quot;format&quot; is not &quot;relulab-session&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session was written by a newer ReLU Lab (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 has weights that are not finite numbers (the training diverged); save without weights or reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be saved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weight layers, but the network has %2 (hidden layers + output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: %2 biases for %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: %2 units, but the configuration says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1: %2 inputs, but layer %3 has %4 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first layer takes %1 inputs, but the data set has %2 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output layer has %1 units, but the data set needs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
