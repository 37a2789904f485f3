<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>moons, circles, xor, spiral, blobs, sine, digits, or a CSV file (x1,...,label)</source>
        <translation>moons、circles、xor、spiral、blobs、sine、digits，或一个 CSV 文件（x1,...,label）</translation>
    </message>
    <message>
        <source>number of generated samples (default 1000)</source>
        <translation>生成的样本数（默认 1000）</translation>
    </message>
    <message>
        <source>generator noise, standard deviation (default 0.1)</source>
        <translation>生成数据时噪声的标准差（默认 0.1）</translation>
    </message>
    <message>
        <source>blobs: number of classes, 2 to 5 (default 3)</source>
        <translation>blobs：类别数，2 到 5（默认 3）</translation>
    </message>
    <message>
        <source>share of samples held out for testing; 0 trains on all (default 0.25)</source>
        <translation>留作测试的样本比例；0 表示全部用于训练（默认 0.25）</translation>
    </message>
    <message>
        <source>scale each feature to zero mean and unit variance</source>
        <translation>将每个特征标准化为零均值、单位方差</translation>
    </message>
    <message>
        <source>hidden layer widths, 1 to 512 each, or &apos;none&apos; (default 64,64)</source>
        <translation>各隐藏层的宽度，每层 1 到 512，或 &apos;none&apos;（默认 64,64）</translation>
    </message>
    <message>
        <source>activation for all hidden layers, or one per layer (default relu)</source>
        <translation>所有隐藏层共用的激活函数，或每层各指定一个（默认 relu）</translation>
    </message>
    <message>
        <source>activation parameter by its PyTorch name (repeatable)</source>
        <translation>按 PyTorch 中的名称指定激活函数参数（可重复）</translation>
    </message>
    <message>
        <source>one learnable PReLU slope per layer or per unit</source>
        <translation>PReLU 可学习斜率：每层一个或每个神经元一个</translation>
    </message>
    <message>
        <source>pytorch_default, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, orthogonal, rai</source>
        <translation>pytorch_default, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, orthogonal, rai</translation>
    </message>
    <message>
        <source>hidden biases: a constant, or PyTorch&apos;s default</source>
        <translation>隐藏层偏置：一个常数，或 PyTorch 的默认值</translation>
    </message>
    <message>
        <source>optimiser, with torch.optim&apos;s semantics (default sgd)</source>
        <translation>优化器，语义与 torch.optim 相同（默认 sgd）</translation>
    </message>
    <message>
        <source>learning rate (default 0.1)</source>
        <translation>学习率（默认 0.1）</translation>
    </message>
    <message>
        <source>momentum for sgd and rmsprop (default 0)</source>
        <translation>sgd 和 rmsprop 的动量（默认 0）</translation>
    </message>
    <message>
        <source>Nesterov momentum (sgd)</source>
        <translation>Nesterov 动量（sgd）</translation>
    </message>
    <message>
        <source>L2 weight decay added to the gradient (default 0)</source>
        <translation>加到梯度上的 L2 权重衰减（默认 0）</translation>
    </message>
    <message>
        <source>learning-rate schedule (default constant)</source>
        <translation>学习率调度方式（默认 constant）</translation>
    </message>
    <message>
        <source>step schedule: epochs between decays (default 30)</source>
        <translation>step 调度：每隔多少轮衰减一次（默认 30）</translation>
    </message>
    <message>
        <source>step schedule: decay factor (default 0.1)</source>
        <translation>step 调度：衰减系数（默认 0.1）</translation>
    </message>
    <message>
        <source>L1 penalty on hidden activations (default 0)</source>
        <translation>对隐藏层激活值的 L1 惩罚（默认 0）</translation>
    </message>
    <message>
        <source>minibatch size; 0 = full batch (default 32)</source>
        <translation>小批量大小；0 表示全批量（默认 32）</translation>
    </message>
    <message>
        <source>epochs to train (default 100)</source>
        <translation>训练轮数（默认 100）</translation>
    </message>
    <message>
        <source>seed of the initialisation, shuffling and data (default 1)</source>
        <translation>初始化、数据打乱和数据生成所用的随机种子（默认 1）</translation>
    </message>
    <message>
        <source>float32 (default) or float64 arithmetic</source>
        <translation>使用 float32（默认）或 float64 运算</translation>
    </message>
    <message>
        <source>start from these weights: {&quot;layers&quot;: [{&quot;weight&quot;: [[...]], &quot;bias&quot;: [...]}]}</source>
        <translation>从这些权重开始训练：{&quot;layers&quot;: [{&quot;weight&quot;: [[...]], &quot;bias&quot;: [...]}]}</translation>
    </message>
    <message>
        <source>save the session with the trained weights</source>
        <translation>保存会话及训练后的权重</translation>
    </message>
    <message>
        <source>output format (default csv)</source>
        <translation>输出格式（默认 csv）</translation>
    </message>
    <message>
        <source>line %1 of the input is not a number: &apos;%2&apos;</source>
        <translation>输入的第 %1 行不是数字：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>--dtype must be f64 or f32</source>
        <translation>--dtype 必须为 f64 或 f32</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number</source>
        <translation>--seed 需要一个非负整数</translation>
    </message>
    <message>
        <source>only one activation can be evaluated, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>只能计算一个激活函数，但给出了 &apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;. Known activations: %2</source>
        <translation>未知激活函数 &apos;%1&apos;。已知的激活函数：%2</translation>
    </message>
    <message>
        <source>--training applies only to activations with a training mode (rrelu)</source>
        <translation>--training 仅适用于具有训练模式的激活函数（rrelu）</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos; (relulab scenario --list).</source>
        <translation>未知场景 &apos;%1&apos;（relulab scenario --list 列出所有场景）。</translation>
    </message>
    <message>
        <source>--theme takes &apos;light&apos;, &apos;dark&apos; or &apos;high_contrast&apos;.</source>
        <translation>--theme 只接受 &apos;light&apos;、&apos;dark&apos; 或 &apos;high_contrast&apos;。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>%1 needs a finite number, not &apos;%2&apos;.</source>
        <translation>%1 需要一个有限的数值，而不是 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use en, zh_CN or zh_TW.</source>
        <translation>未知语言 &apos;%1&apos;：请使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 24 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi 需要 24 到 1200 之间的整数，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>only one activation can be drawn; use --overlay for &apos;%1&apos;.</source>
        <translation>只能绘制一个激活函数；请用 --overlay 添加 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>no output file given (--out FILE.png|svg|pdf).</source>
        <translation>未指定输出文件（--out FILE.png|svg|pdf）。</translation>
    </message>
    <message>
        <source>the output file must end in .png, .svg or .pdf: &apos;%1&apos;.</source>
        <translation>输出文件名必须以 .png、.svg 或 .pdf 结尾：&apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--xmin and --xmax go together.</source>
        <translation>--xmin 和 --xmax 必须同时指定。</translation>
    </message>
    <message>
        <source>--xmin must be smaller than --xmax.</source>
        <translation>--xmin 必须小于 --xmax。</translation>
    </message>
    <message>
        <source>at most six overlays can be drawn.</source>
        <translation>最多只能绘制六条叠加曲线。</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>relulab: %1
</source>
        <translation>relulab: %1
</translation>
    </message>
    <message>
        <source>relulab: the initial weights do not fit the network: %1
</source>
        <translation>relulab: 初始权重与网络结构不匹配：%1
</translation>
    </message>
    <message>
        <source>relulab: cannot save %1: %2
</source>
        <translation>relulab: 无法保存 %1：%2
</translation>
    </message>
    <message>
        <source>relulab train: %1
</source>
        <translation>relulab train: %1
</translation>
    </message>
    <message>
        <source>relulab train: --%1: %2
</source>
        <translation>relulab train: --%1: %2
</translation>
    </message>
    <message>
        <source>relulab train: --%1 expects a whole number &gt;= %2, got &apos;%3&apos;
</source>
        <translation>relulab train: --%1 需要大于或等于 %2 的整数，但收到 &apos;%3&apos;
</translation>
    </message>
    <message>
        <source>relulab train: --init-weights: %1
</source>
        <translation>relulab train: --init-weights: %1
</translation>
    </message>
    <message>
        <source>relulab train: --format expects csv or json, got &apos;%1&apos;
</source>
        <translation>relulab train: --format 只能是 csv 或 json，但收到 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Activations and their parameters (--param NAME=VALUE; numbers with a &apos;.&apos; decimal
point, a choice by its name or its index, a flag as true, false, 1 or 0):
</source>
        <translation>激活函数及其参数（--param NAME=VALUE；数字以 &apos;.&apos; 作小数点，
选项值写名称或序号，开关写 true、false、1 或 0）：
</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>relulab train: --param: %1
</source>
        <translation>relulab train: --param: %1
</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT from %1x%2 (smaller is not readable) to %3x%3, not &apos;%4&apos;.</source>
        <translation>--size 需要 宽x高，从 %1x%2（更小则无法阅读）到 %3x%3，而不是“%4”。</translation>
    </message>
    <message>
        <source>the x range %1 to %2 is outside what can be drawn: --xmin and --xmax must lie within -%3 and %3.</source>
        <translation>x 范围 %1 到 %2 超出了可绘制的范围：--xmin 和 --xmax 必须在 -%3 与 %3 之间。</translation>
    </message>
    <message>
        <source>the x range %1 to %2 is too narrow to draw: it must be at least %3 wide.</source>
        <translation>x 范围 %1 到 %2 太窄，无法绘制：宽度至少为 %3。</translation>
    </message>
    <message>
        <source>relulab train: --save: %1
</source>
        <translation>relulab train：--save：%1
</translation>
    </message>
    <message>
        <source>relulab train: --save needs a file name
</source>
        <translation>relulab train：--save 需要一个文件名
</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos;.</source>
        <translation>运行 &apos;%1 --help&apos; 查看帮助。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set a parameter by its PyTorch name, e.g. negative_slope=0.1 (repeatable)</source>
        <translation>按 PyTorch 中的参数名设置参数，例如 negative_slope=0.1（可重复使用）</translation>
    </message>
    <message>
        <source>compute in double (default) or in float as PyTorch float32</source>
        <translation>以 double（默认）或与 PyTorch float32 相同的 float 精度计算</translation>
    </message>
    <message>
        <source>rrelu only: random slopes in [lower, upper] (training mode)</source>
        <translation>仅用于 rrelu：在 [lower, upper] 中随机取斜率（训练模式）</translation>
    </message>
    <message>
        <source>seed of the random slopes of --training (default 0)</source>
        <translation>--training 随机斜率的种子（默认 0）</translation>
    </message>
    <message>
        <source>Usage: relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32]
                    [--training] [--seed N]

Reads x values from standard input, one per line (decimal, C99 hex float such as
0x1.8p+1, inf, -inf or nan), and writes CSV with the header x,value,grad,grad2:
f(x), f&apos;(x) and f&apos;&apos;(x) with 17 significant digits, one row per input.

Options:
</source>
        <translation>用法：relulab eval ACTIVATION [--param NAME=VALUE]... [--dtype f64|f32]
                   [--training] [--seed N]

从标准输入读取 x 值，每行一个（十进制数、C99 十六进制浮点数如
0x1.8p+1、inf、-inf 或 nan），以 CSV 格式输出，表头为 x,value,grad,grad2：
即 f(x)、f&apos;(x) 和 f&apos;&apos;(x)，保留 17 位有效数字，每个输入对应一行。

选项：
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 2 on an unknown activation or parameter, a value outside
its valid range, or an input line that is not a number.
</source>
        <translation>
退出状态：成功时为 0；激活函数或参数未知、数值超出有效范围，
或某个输入行不是数字时为 2。
</translation>
    </message>
    <message>
        <source>no activation given.</source>
        <translation>未指定激活函数。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知命令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>set a parameter (PyTorch&apos;s name); repeatable</source>
        <translation>设置参数（使用 PyTorch 中的名称）；可重复使用</translation>
    </message>
    <message>
        <source>add an overlay curve (at most six); repeatable</source>
        <translation>添加叠加曲线（最多六条）；可重复使用</translation>
    </message>
    <message>
        <source>also draw f&apos;</source>
        <translation>同时绘制 f&apos;</translation>
    </message>
    <message>
        <source>also draw f&apos;&apos;</source>
        <translation>同时绘制 f&apos;&apos;</translation>
    </message>
    <message>
        <source>the left end of the x range (default -5)</source>
        <translation>x 范围的左端（默认 -5）</translation>
    </message>
    <message>
        <source>the right end (default 5; within -1e6 to 1e6, at least 1e-6 wide)</source>
        <translation>右端（默认 5；在 -1e6 到 1e6 之间，宽度至少 1e-6）</translation>
    </message>
    <message>
        <source>language of the labels (default en)</source>
        <translation>标签语言（默认 en）</translation>
    </message>
    <message>
        <source>layout size in pixels (default 1200x800, at least 320x240)</source>
        <translation>布局尺寸，单位为像素（默认 1200x800，至少 320x240）</translation>
    </message>
    <message>
        <source>resolution of PNG output (default 96)</source>
        <translation>PNG 输出的分辨率（默认 96）</translation>
    </message>
    <message>
        <source>the figure: .png, .svg or .pdf</source>
        <translation>输出的图像：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>Usage: relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf

Draws the explorer&apos;s plot of an activation to a file.

Options:
</source>
        <translation>用法：relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf

将探索器中的激活函数图像绘制到文件。

选项：
</translation>
    </message>
    <message>
        <source>list the scenarios</source>
        <translation>列出所有场景</translation>
    </message>
    <message>
        <source>run with the scenario&apos;s N-th contrasting activation (1, 2, ...)</source>
        <translation>改用该场景的第 N 个对照激活函数运行（1、2、...）</translation>
    </message>
    <message>
        <source>train for N epochs instead of the scenario&apos;s number</source>
        <translation>训练 N 轮，而不是场景预设的轮数</translation>
    </message>
    <message>
        <source>use another seed</source>
        <translation>使用另一个随机种子</translation>
    </message>
    <message>
        <source>Usage: relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]
       relulab scenario --list

Run a classroom scenario and print one row per epoch, as &apos;relulab train&apos; does.

Options:
</source>
        <translation>用法：relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]
      relulab scenario --list

运行一个课堂场景，并像 &apos;relulab train&apos; 一样每轮输出一行。

选项：
</translation>
    </message>
    <message>
        <source>--%1 expects a whole number &gt;= 0, got &apos;%2&apos;.</source>
        <translation>--%1 需要一个大于或等于 0 的整数，但收到 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--format expects csv or json, got &apos;%1&apos;.</source>
        <translation>--format 只能是 csv 或 json，但收到 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>name a scenario (relulab scenario --list).</source>
        <translation>请指定一个场景（relulab scenario --list 列出所有场景）。</translation>
    </message>
    <message>
        <source>%1 has %2 contrasting activations.</source>
        <translation>%1 只有 %2 个对照激活函数。</translation>
    </message>
    <message>
        <source>a CSV file&apos;s last column: class numbers 0, 1, ... or real targets (default auto: classes when every label is a whole number)</source>
        <translation>CSV 文件的最后一列：类别编号 0, 1, ... 或实数目标值（默认 auto：每个标签都是整数时视为类别）</translation>
    </message>
    <message>
        <source>relulab train: --task applies to a CSV file, not to the data set &apos;%1&apos;
</source>
        <translation>relulab train: --task 只适用于 CSV 文件，不适用于数据集 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>relulab %1: out of memory: this machine cannot hold the run. Use fewer samples or fewer, narrower hidden layers (a run is at most %2 samples × hidden units).
</source>
        <translation>relulab %1：内存不足：这台计算机容纳不下这次运行。请减少样本数，或减少隐藏层的层数和宽度（一次运行最多 %2 个“样本 × 隐藏神经元”）。
</translation>
    </message>
    <message>
        <source>relulab eval: cannot create a temporary file
</source>
        <translation>relulab eval：无法创建临时文件
</translation>
    </message>
    <message>
        <source>relulab eval: cannot write a temporary file
</source>
        <translation>relulab eval：无法写入临时文件
</translation>
    </message>
    <message>
        <source>cosine schedule: epochs it anneals over, T_max (default: --epochs)</source>
        <translation>cosine 调度：退火所跨的轮数 T_max（默认：--epochs）</translation>
    </message>
    <message>
        <source>continue a saved session where it stopped (options given here override it)</source>
        <translation>从已保存的会话停下的地方继续训练（此处给出的选项会覆盖会话中的设置）</translation>
    </message>
    <message>
        <source>relulab: the saved training state does not fit the run: %1
</source>
        <translation>relulab: 保存的训练状态与本次运行不符：%1
</translation>
    </message>
    <message>
        <source>write only this language (default: all four, each under a heading)</source>
        <translation>只输出这一种语言（默认：四种都输出，各有标题）</translation>
    </message>
    <message>
        <source>Usage: relulab code ACTIVATION [--param NAME=VALUE]...
                    [--lang pytorch|keras|numpy|cpp]

Writes the activation with these parameter values as code: PyTorch (module and
function), Keras 3, NumPy (f and its derivative df) and ReLU Lab&apos;s own C++ core,
as the Explorer&apos;s &quot;In code&quot; tab shows it. Comments follow LANG.

Options:
</source>
        <translation>用法：relulab code ACTIVATION [--param NAME=VALUE]...
                    [--lang pytorch|keras|numpy|cpp]

以代码形式输出取这些参数值的激活函数：PyTorch（模块和函数）、Keras 3、
NumPy（f 及其导数 df）以及 ReLU Lab 自己的 C++ 核心，与探索页的“代码”
标签页所显示的相同。注释的语言跟随 LANG。

选项：
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 2 on an unknown activation, parameter or language, or a
value outside its valid range.
</source>
        <translation>
退出状态：成功为 0；激活函数、参数或语言未知，或取值超出有效范围时为 2。
</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;</source>
        <translation>未知的激活函数“%1”</translation>
    </message>
    <message>
        <source>--lang must be pytorch, keras, numpy or cpp</source>
        <translation>--lang 必须是 pytorch、keras、numpy 或 cpp</translation>
    </message>
    <message>
        <source>the script to write (required)</source>
        <translation>要写入的脚本（必需）</translation>
    </message>
    <message>
        <source>language of the script&apos;s comments (default: the command line&apos;s)</source>
        <translation>脚本注释的语言（默认：命令行的语言）</translation>
    </message>
    <message>
        <source>the saved session whose network to export</source>
        <translation>要导出其网络的已保存会话</translation>
    </message>
    <message>
        <source>relulab %1: cannot write %2: %3
</source>
        <translation>relulab %1：无法写入 %2：%3
</translation>
    </message>
    <message>
        <source>--out FILE.py is required.</source>
        <translation>必须指定 --out FILE.py。</translation>
    </message>
    <message>
        <source>Usage: relulab export-pytorch [OPTIONS of relulab train | --session FILE.json] --out run.py

Write a PyTorch script that trains the same network on the same data split with
the same optimiser, schedule and minibatch order, and prints the same rows as
`relulab train` with these options (--save and --format do not apply).

Options:
</source>
        <translation>用法：relulab export-pytorch [relulab train 的选项 | --session FILE.json] --out run.py

写出一个 PyTorch 脚本：它用相同的数据划分、相同的优化器、学习率调度和小批量顺序
训练同一个网络，并输出与使用这些选项的 `relulab train` 相同的行
（--save 和 --format 不适用）。

选项：
</translation>
    </message>
    <message>
        <source>relulab export-pytorch: %1
</source>
        <translation>relulab export-pytorch：%1
</translation>
    </message>
    <message>
        <source>Usage: relulab export-numpy --session FILE.json --out net.py

Write a NumPy script with the session&apos;s trained weights: `python3 net.py &lt; inputs.csv`
prints what `relulab predict --session FILE.json &lt; inputs.csv` prints.

Options:
</source>
        <translation>用法：relulab export-numpy --session FILE.json --out net.py

写出一个内嵌该会话训练后权重的 NumPy 脚本：`python3 net.py &lt; inputs.csv`
的输出与 `relulab predict --session FILE.json &lt; inputs.csv` 相同。

选项：
</translation>
    </message>
    <message>
        <source>relulab export-numpy: %1
</source>
        <translation>relulab export-numpy：%1
</translation>
    </message>
    <message>
        <source>the saved session whose network answers</source>
        <translation>用其网络作答的已保存会话</translation>
    </message>
    <message>
        <source>--session FILE.json is required.</source>
        <translation>必须指定 --session FILE.json。</translation>
    </message>
    <message>
        <source>relulab %1: %2
</source>
        <translation>relulab %1：%2
</translation>
    </message>
    <message>
        <source>relulab %1: %2 holds no weights (save a session after training)
</source>
        <translation>relulab %1：%2 中没有权重（请在训练后保存会话）
</translation>
    </message>
    <message>
        <source>relulab %1: the session&apos;s weights do not fit its network: %2
</source>
        <translation>relulab %1：会话中的权重与其网络不符：%2
</translation>
    </message>
    <message>
        <source>Usage: relulab predict --session FILE.json &lt; inputs.csv

Read one input row per line on standard input (comma-separated numbers with a decimal
point, one per input feature, as the network sees them: standardised when the run
standardised its data) and print per row the predicted class and the class
probabilities (class,p_0,p_1,...) or, for regression, the value (value).
Exit status 1 for an input row that is not such a row.

Options:
</source>
        <translation>用法：relulab predict --session FILE.json &lt; inputs.csv

从标准输入每行读取一个输入行（逗号分隔、使用小数点的数字，每个输入特征一个，
即网络看到的值：若该次运行对数据做了标准化，则为标准化后的值），并为每行输出
预测的类别和各类别概率（class,p_0,p_1,...），回归时输出预测值（value）。
输入行不符合此格式时退出状态为 1。

选项：
</translation>
    </message>
    <message>
        <source>relulab predict: line %1 has %2 values; the network expects %3 (numbers use a decimal point: 0.5, not 0,5)
</source>
        <translation>relulab predict：第 %1 行有 %2 个值；网络需要 %3 个（数字使用小数点：0.5，而不是 0,5）
</translation>
    </message>
    <message>
        <source>relulab predict: line %1, value %2: &apos;%3&apos; is not a finite number
</source>
        <translation>relulab predict：第 %1 行第 %2 个值：&apos;%3&apos; 不是有限数
</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>列出内置课程</translation>
    </message>
    <message>
        <source>check a lesson file and run its steps without a window</source>
        <translation>检查课程文件，并在不打开窗口的情况下运行其各个步骤</translation>
    </message>
    <message>
        <source>condition %1 reached at epoch %2</source>
        <translation>条件 %1 在第 %2 轮达到</translation>
    </message>
    <message>
        <source>condition %1 NOT reached within %2 epochs</source>
        <translation>条件 %1 在 %2 轮内未达到</translation>
    </message>
    <message>
        <source>the run diverged at epoch %1</source>
        <translation>训练在第 %1 轮发散</translation>
    </message>
    <message>
        <source>epochs trained: %1, now at epoch %2</source>
        <translation>已训练轮数：%1，现在处于第 %2 轮</translation>
    </message>
    <message>
        <source>give --list or --check FILE.</source>
        <translation>请给出 --list 或 --check FILE。</translation>
    </message>
    <message>
        <source>relulab lesson: %1
</source>
        <translation>relulab lesson：%1
</translation>
    </message>
    <message>
        <source>%1: %2 (steps: %3)</source>
        <translation>%1：%2（步骤数：%3）</translation>
    </message>
    <message>
        <source>note: some texts have no Chinese version; English is shown instead</source>
        <translation>注意：部分文本没有中文版本，将以英文显示</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>no Network Lab run</source>
        <translation>没有网络实验室运行</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>new run</source>
        <translation>新的训练</translation>
    </message>
    <message>
        <source>new run from scenario %1</source>
        <translation>来自场景 %1 的新训练</translation>
    </message>
    <message>
        <source>switched to %1 after %2 epoch(s)</source>
        <translation>在 %2 轮后切换为 %1</translation>
    </message>
    <message>
        <source>answer to the question: %1</source>
        <translation>问题的答案：%1</translation>
    </message>
    <message>
        <source>claim %1 holds (measured %2)</source>
        <translation>断言 %1 成立（实测 %2）</translation>
    </message>
    <message>
        <source>claim %1 FAILS (measured %2)</source>
        <translation>断言 %1 不成立（实测 %2）</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>发现的问题数：%1</translation>
    </message>
    <message>
        <source>every claim holds</source>
        <translation>所有断言均成立</translation>
    </message>
    <message>
        <source>Usage: relulab [COMMAND] [OPTIONS]

ReLU Lab: interactive lessons on neural-network activation functions.
Without a command, the application window opens.

Commands:
  eval ACTIVATION      evaluate f, f&apos; and f&apos;&apos; at x values read from standard input
  render ACTIVATION    draw an activation plot to a PNG, SVG or PDF file
  train                train a small network and print one CSV row per epoch
  scenario NAME        run a classroom scenario (scenario --list lists them)
  code ACTIVATION      write the activation as PyTorch, Keras, NumPy and C++ code
  predict              a saved network&apos;s predictions for input rows on standard input
  export-pytorch       write a PyTorch script that trains a run identically
  export-numpy         write a NumPy script of a saved network&apos;s forward pass
  lesson               list the lessons or check a lesson file

Options:
  -h, --help           show this help
  -v, --version        show the version

Run &apos;relulab COMMAND --help&apos; for the options of a command.
</source>
        <translation>用法：relulab [COMMAND] [OPTIONS]

ReLU Lab：神经网络激活函数交互式课程。
不带命令运行时打开应用程序窗口。

命令：
  eval ACTIVATION      对从标准输入读取的 x 值计算 f、f&apos; 和 f&apos;&apos;
  render ACTIVATION    将激活函数图绘制到 PNG、SVG 或 PDF 文件
  train                训练一个小型网络，每轮输出一行 CSV
  scenario NAME        运行课堂场景（scenario --list 列出所有场景）
  code ACTIVATION      以 PyTorch、Keras、NumPy 和 C++ 代码输出激活函数
  predict              已保存网络对标准输入中各输入行的预测
  export-pytorch       写出一个能完全相同地训练该运行的 PyTorch 脚本
  export-numpy         写出已保存网络前向传播的 NumPy 脚本
  lesson               列出课程或检查课程文件

选项：
  -h, --help           显示此帮助
  -v, --version        显示版本

运行 &apos;relulab COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>
Window options (without a command):
  relulab [OPTIONS] [SESSION.json]
  --workspace explorer|network|lessons
                                 open on this workspace
  --lesson ID|FILE               open a lesson (relulab lesson --list)
  --scenario ID                  open the Network Lab on a classroom scenario
  --theme light|dark|high_contrast
                                 use this theme
  --presentation                 start in presentation mode (F11)
  SESSION.json                   open this Network Lab session
</source>
        <translation>
窗口选项（不带命令时）：
  relulab [OPTIONS] [SESSION.json]
  --workspace explorer|network|lessons
                                 打开时显示该工作区（探索器、网络实验室或课程）
  --lesson ID|FILE               打开一节课程（relulab lesson --list）
  --scenario ID                  打开网络实验室并载入一个课堂场景
  --theme light|dark|high_contrast
                                 使用该主题（浅色、深色或高对比度）
  --presentation                 以演示模式启动（F11）
  SESSION.json                   打开该网络实验室会话
</translation>
    </message>
    <message>
        <source>--workspace takes &apos;explorer&apos;, &apos;network&apos; or &apos;lessons&apos;.</source>
        <translation>--workspace 只接受 &apos;explorer&apos;、&apos;network&apos; 或 &apos;lessons&apos;。</translation>
    </message>
    <message>
        <source>relulab export-pytorch: warning: RReLU&apos;s random slopes in training come from PyTorch&apos;s generator, not the lab&apos;s, so the script&apos;s rows will differ from relulab train&apos;s
</source>
        <translation>relulab export-pytorch：警告：RReLU 在训练中的随机斜率来自 PyTorch 的随机数生成器，而不是实验室的，因此脚本输出的行会与 relulab train 的不同
</translation>
    </message>
    <message>
        <source>also print unit I of hidden layer L (from 1) each epoch: its active fraction and pre-activation min, mean, max (repeatable)</source>
        <translation>每轮另外输出第 L 个隐藏层的第 I 个神经元（从 1 数起）：激活比例以及预激活值的最小值、平均值、最大值（可重复）</translation>
    </message>
    <message>
        <source>Usage: relulab train [OPTIONS]

Train a small fully connected network and print one row per epoch:
epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,gradnorm_1..L+1,
learning_rate,inactive_1..L,revived_1..L[,unit_L_I_active,unit_L_I_pre_min,
unit_L_I_pre_mean,unit_L_I_pre_max for each --unit L:I]
(epoch 0 = before training). Exit status 2 for bad options or data, 3 when
training diverged (a NaN or infinite loss, gradient or weight, or a loss over
1e6 times the loss before training).

Options:
</source>
        <translation>用法：relulab train [OPTIONS]

训练一个小型全连接网络，每轮输出一行：
epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,gradnorm_1..L+1,
learning_rate,inactive_1..L,revived_1..L[,unit_L_I_active,unit_L_I_pre_min,
unit_L_I_pre_mean,unit_L_I_pre_max，每个 --unit L:I 一组]
（epoch 0 = 训练前）。选项或数据有误时退出状态为 2，训练
发散（损失、梯度或权重为 NaN 或无穷大，或损失超过训练前的 1e6 倍）时为 3。

选项：
</translation>
    </message>
    <message>
        <source>relulab train: --unit expects LAYER:UNIT, two whole numbers from 1 (such as 1:3), got &apos;%1&apos;
</source>
        <translation>relulab train：--unit 需要 层:神经元，即两个从 1 起的整数（例如 1:3），收到的是“%1”
</translation>
    </message>
    <message>
        <source>relulab train: --unit %1: %2
</source>
        <translation>relulab train：--unit %1：%2
</translation>
    </message>
    <message>
        <source>with --check: run every demo with N seeds (1 to 100, default 1)</source>
        <translation>与 --check 一起使用：每个演示用 N 个种子各运行一次（1 到 100，默认 1）</translation>
    </message>
    <message>
        <source>Usage: relulab lesson --list
       relulab lesson --check FILE|ID [--seeds N]

List the bundled lessons, or check a lesson file: it is read and
validated, then every step&apos;s Network Lab state is run as the Lessons tab
runs it, and each condition and claimed effect is reported. With --seeds N
every new run is repeated with its seed plus 0 … N-1 (the data set keeps
its seed), and a claim must hold for every seed. Exit status 0 when every
claim holds, 1 when one does not, 2 for a file that cannot be read.

Options:
</source>
        <translation>用法：relulab lesson --list
       relulab lesson --check FILE|ID [--seeds N]

列出内置课程，或检查一个课程文件：先读取并验证该文件，
然后像课程标签页那样运行每一步的网络实验室状态，并报告
每个条件和断言的效果。使用 --seeds N 时，每个新的训练都以
其种子加 0 … N-1 重复运行（数据集保留自己的种子），断言必须
对每个种子都成立。所有断言成立时退出状态为 0，有断言
不成立时为 1，文件无法读取时为 2。

选项：
</translation>
    </message>
    <message>
        <source>seed +%1: %2</source>
        <translation>种子 +%1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>claim %1 holds for every seed (measured %2)</source>
        <translation>断言 %1 对每个种子都成立（实测 %2）</translation>
    </message>
    <message>
        <source>claim %1 FAILS for %2 of %3 seeds (measured %4)</source>
        <translation>断言 %1 在 %3 个种子中有 %2 个不成立（实测 %4）</translation>
    </message>
    <message>
        <source>--seeds needs a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--seeds 需要 1 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>CodeSnippets</name>
    <message>
        <source>Module: a layer object, e.g. inside torch.nn.Sequential</source>
        <translation>模块：一个层对象，例如放在 torch.nn.Sequential 中</translation>
    </message>
    <message>
        <source>Functional form: the same computation as a function call</source>
        <translation>函数形式：同样的计算，以函数调用的方式</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Keras is not packaged in Debian 12, so ReLU Lab does not run these lines: its tests check the names and parameter names against a table transcribed from Keras 3&apos;s documentation.</source>
        <translation>Debian 12 没有打包 Keras，因此 ReLU Lab 不运行这几行代码：它的测试按照从 Keras 3 文档转录的表格核对函数名和参数名。</translation>
    </message>
    <message>
        <source>f(x) for a NumPy array x (float64)</source>
        <translation>f(x)，x 为 NumPy 数组（float64）</translation>
    </message>
    <message>
        <source>df(x): the derivative f′(x), with PyTorch&apos;s value at a kink</source>
        <translation>df(x)：导数 f′(x)，在折点处取 PyTorch 的值</translation>
    </message>
    <message>
        <source>Parameters by their PyTorch names; an invalid value comes back as an error value, not an exception</source>
        <translation>参数使用 PyTorch 的名称；无效的取值以错误值返回，而不是抛出异常</translation>
    </message>
    <message>
        <source>f and f′ at every x</source>
        <translation>每个 x 处的 f 和 f′</translation>
    </message>
    <message>
        <source>C++ (ReLU Lab core)</source>
        <translation>C++（ReLU Lab 核心）</translation>
    </message>
    <message>
        <source>PReLU&apos;s slope is a learned parameter: init is only its starting value.</source>
        <translation>PReLU 的斜率是可学习的参数：init 只是它的初始值。</translation>
    </message>
    <message>
        <source>In training mode RReLU draws a random slope from U(lower, upper) for every negative input; in evaluation mode (model.eval()) the slope is (lower + upper)/2.</source>
        <translation>训练模式下，RReLU 为每个负输入从 U(lower, upper) 中随机抽取斜率；评估模式（model.eval()）下斜率为 (lower + upper)/2。</translation>
    </message>
    <message>
        <source>PyTorch has no module for the step function, and torch.heaviside has no gradient: use the function.</source>
        <translation>PyTorch 没有阶跃函数的模块，torch.heaviside 也没有梯度：请使用函数形式。</translation>
    </message>
    <message>
        <source>Keras&apos;s defaults differ from PyTorch&apos;s 0.01: 0.3 for the layer, 0.2 for the function. Pass negative_slope every time.</source>
        <translation>Keras 的默认值与 PyTorch 的 0.01 不同：层为 0.3，函数为 0.2。请每次都传入 negative_slope。</translation>
    </message>
    <message>
        <source>Keras calls the learned slope alpha and starts it at 0; it learns one slope per unit unless shared_axes is given (PyTorch: one shared slope). The function line is the fixed slope.</source>
        <translation>Keras 把可学习的斜率称为 alpha，初始值为 0；除非给出 shared_axes，否则每个神经元学习各自的斜率（PyTorch：共享一个斜率）。函数那一行是固定斜率。</translation>
    </message>
    <message>
        <source>Keras has no RReLU. This line is RReLU in evaluation mode: Leaky ReLU with the slope (lower + upper)/2.</source>
        <translation>Keras 没有 RReLU。这一行是评估模式下的 RReLU：斜率为 (lower + upper)/2 的 Leaky ReLU。</translation>
    </message>
    <message>
        <source>Keras 3 has no built-in activation for this: the line defines it with keras.ops.</source>
        <translation>Keras 3 没有内置这个激活函数：这一行用 keras.ops 定义它。</translation>
    </message>
    <message>
        <source>Keras 3 has this one in keras.ops (backend-neutral operations), not in keras.activations.</source>
        <translation>Keras 3 在 keras.ops（与后端无关的运算）中提供它，而不在 keras.activations 中。</translation>
    </message>
    <message>
        <source>Keras&apos;s approximate is a bool: False is PyTorch&apos;s approximate=&apos;none&apos; (exact, with erf), True its &apos;tanh&apos;. keras.activations.gelu defaults to False but keras.ops.gelu to True: always pass it.</source>
        <translation>Keras 的 approximate 是布尔值：False 对应 PyTorch 的 approximate=&apos;none&apos;（精确形式，用 erf），True 对应 &apos;tanh&apos;。keras.activations.gelu 默认为 False，而 keras.ops.gelu 默认为 True：请始终显式传入。</translation>
    </message>
    <message>
        <source>Keras&apos;s softplus has no beta and no threshold: for beta ≠ 1 it is softplus(beta·x)/beta as written. Above the threshold PyTorch returns x itself, which differs by at most log(1 + e^−threshold)/beta.</source>
        <translation>Keras 的 softplus 没有 beta 和 threshold：beta ≠ 1 时按这里写的 softplus(beta·x)/beta 计算。超过阈值时 PyTorch 直接返回 x，两者之差至多为 log(1 + e^−threshold)/beta。</translation>
    </message>
    <message>
        <source>Keras 3&apos;s hard_sigmoid is PyTorch&apos;s, relu6(x + 3)/6; Keras 2 used 0.2·x + 0.5 instead.</source>
        <translation>Keras 3 的 hard_sigmoid 与 PyTorch 的相同，为 relu6(x + 3)/6；Keras 2 用的则是 0.2·x + 0.5。</translation>
    </message>
    <message>
        <source>This is RReLU in evaluation mode: the slope (lower + upper)/2. In training mode each negative input gets its own random slope.</source>
        <translation>这是评估模式下的 RReLU：斜率为 (lower + upper)/2。训练模式下每个负输入都有自己的随机斜率。</translation>
    </message>
    <message>
        <source>np.expm1(x) computes eˣ − 1 without losing digits near 0; np.minimum(x, 0) keeps exp from overflowing in the branch np.where does not take.</source>
        <translation>np.expm1(x) 计算 eˣ − 1，在 0 附近不损失有效数字；np.minimum(x, 0) 防止 exp 在 np.where 不取的分支中溢出。</translation>
    </message>
    <message>
        <source>Exact GELU needs the error function, which NumPy lacks: this uses scipy.special.erfc, since ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2) and the erfc form does not cancel for negative x.</source>
        <translation>精确的 GELU 需要误差函数，而 NumPy 没有：这里使用 scipy.special.erfc，因为 ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2)，且 erfc 形式在 x 为负时不会相消。</translation>
    </message>
    <message>
        <source>½x(1 + tanh u) is written x·σ(2u) with scipy.special.expit (σ), which does not cancel for negative x.</source>
        <translation>½x(1 + tanh u) 写成 x·σ(2u)，用 scipy.special.expit（σ）计算，在 x 为负时不会相消。</translation>
    </message>
    <message>
        <source>scipy.special.expit is the sigmoid σ(x) = 1/(1 + e^−x), computed without overflow.</source>
        <translation>scipy.special.expit 就是 sigmoid σ(x) = 1/(1 + e^−x)，计算时不会溢出。</translation>
    </message>
    <message>
        <source>np.logaddexp(0, x) is softplus, ln(1 + eˣ), without overflow for large x; scipy.special.expit is the sigmoid σ.</source>
        <translation>np.logaddexp(0, x) 就是 softplus，即 ln(1 + eˣ)，x 很大时也不会溢出；scipy.special.expit 是 sigmoid σ。</translation>
    </message>
    <message>
        <source>np.logaddexp(0, βx) is ln(1 + e^βx) without overflow; where βx &gt; threshold the result is x itself, as PyTorch defines it.</source>
        <translation>np.logaddexp(0, βx) 即 ln(1 + e^βx)，不会溢出；βx &gt; threshold 处结果就是 x 本身，与 PyTorch 的定义一致。</translation>
    </message>
    <message>
        <source>e = e^−|x| never overflows: the two branches are the same σ(x) written for each sign. The naive exp(x)/(1 + exp(x)) gives NaN for x &gt; 709.</source>
        <translation>e = e^−|x| 永远不会溢出：两个分支是按符号分别写出的同一个 σ(x)。朴素的 exp(x)/(1 + exp(x)) 在 x &gt; 709 时得到 NaN。</translation>
    </message>
    <message>
        <source>f′ = 1 − tanh²x = 4e/(1 + e)² with e = e^−2|x|, which keeps its digits where 1 − tanh²x would round to 0.</source>
        <translation>f′ = 1 − tanh²x = 4e/(1 + e)²，其中 e = e^−2|x|；在 1 − tanh²x 会舍入为 0 的地方，它仍保留有效数字。</translation>
    </message>
    <message>
        <source>ln σ(x) = −ln(1 + e^−x) = −np.logaddexp(0, −x), without overflow; the derivative is σ(−x), written with e = e^−|x|.</source>
        <translation>ln σ(x) = −ln(1 + e^−x) = −np.logaddexp(0, −x)，不会溢出；导数为 σ(−x)，用 e = e^−|x| 写出。</translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message>
        <source>The activation &apos;%1&apos; has no parameter &apos;%2&apos;.</source>
        <translation>激活函数“%1”没有参数“%2”。</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; of &apos;%2&apos; must lie between %3 and %4; %5 is outside.</source>
        <translation>“%2”的参数“%1”必须介于 %3 和 %4 之间；%5 超出了范围。</translation>
    </message>
    <message>
        <source>The parameters of &apos;%1&apos; do not fit together: %2.</source>
        <translation>“%1”的参数相互冲突：%2。</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>文件中没有数据。</translation>
    </message>
    <message>
        <source>The file has a header line but no data rows.</source>
        <translation>文件只有标题行，没有数据行。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8.</source>
        <translation>第 %1 行第 %2 列：文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Row %1: at least two columns are needed (one feature and the label).</source>
        <translation>第 %1 行：至少需要两列（一个特征和标签）。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 columns.</source>
        <translation>第 %1 行：超过 %2 列。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 data rows.</source>
        <translation>第 %1 行：数据行超过 %2 行。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 values in all.</source>
        <translation>第 %1 行：数值总数超过 %2 个。</translation>
    </message>
    <message>
        <source>Row %1: %2 fields expected, %3 found.</source>
        <translation>第 %1 行：应有 %2 个字段，实际有 %3 个。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the field is empty.</source>
        <translation>第 %1 行第 %2 列：字段为空。</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a number.</source>
        <translation>第 %1 行第 %2 列：“%3”不是数字。</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a finite number.</source>
        <translation>第 %1 行第 %2 列：“%3”不是有限数值。</translation>
    </message>
    <message>
        <source>Row %1: the label %2 is outside 0 to %3.</source>
        <translation>第 %1 行：标签 %2 超出 0 到 %3 的范围。</translation>
    </message>
    <message>
        <source>Classification needs at least two classes (labels 0 and 1); the file has %1.</source>
        <translation>分类至少需要两个类别（标签 0 和 1）；该文件只有 %1 个。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 bytes; at most %3).</source>
        <translation>文件 %1 过大（%2 字节；上限为 %3 字节）。</translation>
    </message>
    <message>
        <source>Unknown data set &apos;%1&apos;.</source>
        <translation>未知的数据集“%1”。</translation>
    </message>
    <message>
        <source>The number of samples must lie between %1 and %2; %3 is outside.</source>
        <translation>样本数必须介于 %1 和 %2 之间；%3 超出了范围。</translation>
    </message>
    <message>
        <source>The noise must lie between %1 and %2; %3 is outside.</source>
        <translation>噪声必须介于 %1 和 %2 之间；%3 超出了范围。</translation>
    </message>
    <message>
        <source>The number of classes must lie between %1 and %2; %3 is outside.</source>
        <translation>类别数必须介于 %1 和 %2 之间；%3 超出了范围。</translation>
    </message>
    <message>
        <source>The test fraction must lie between %1 and %2; %3 is outside.</source>
        <translation>测试集比例必须介于 %1 和 %2 之间；%3 超出了范围。</translation>
    </message>
    <message>
        <source>No CSV file was chosen.</source>
        <translation>未选择 CSV 文件。</translation>
    </message>
    <message>
        <source>The handwritten digits data are not available.</source>
        <translation>无法获取手写数字数据。</translation>
    </message>
    <message>
        <source>The digits data are damaged at row %1 (%2).</source>
        <translation>手写数字数据在第 %1 行已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 samples are too few to split: the training set would get %2 and the test set %3.</source>
        <translation>%1 个样本太少，无法划分：训练集将只有 %2 个，测试集 %3 个。</translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation>权重初始化方式</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>学习率调度方式</translation>
    </message>
    <message>
        <source>number type</source>
        <translation>数值类型</translation>
    </message>
    <message>
        <source>PReLU mode</source>
        <translation>PReLU 模式</translation>
    </message>
    <message>
        <source>bias initialisation</source>
        <translation>偏置初始化方式</translation>
    </message>
    <message>
        <source>Unknown %1 &apos;%2&apos; (expected one of: %3).</source>
        <translation>未知的%1“%2”（应为以下之一：%3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number.</source>
        <translation>“%1”不是有限数值。</translation>
    </message>
    <message>
        <source>Hidden layer %1: the width &apos;%2&apos; is not a whole number.</source>
        <translation>隐藏层 %1：宽度“%2”不是整数。</translation>
    </message>
    <message>
        <source>Hidden layer %1: the width must lie between %2 and %3; %4 is outside.</source>
        <translation>隐藏层 %1：宽度必须介于 %2 和 %3 之间；%4 超出了范围。</translation>
    </message>
    <message>
        <source>At most %1 hidden layers are allowed.</source>
        <translation>最多允许 %1 个隐藏层。</translation>
    </message>
    <message>
        <source>The hidden layers need an activation.</source>
        <translation>隐藏层需要指定激活函数。</translation>
    </message>
    <message>
        <source>Give one activation for all hidden layers or one per layer: %1 given for %2 layers.</source>
        <translation>请为所有隐藏层指定一个激活函数，或为每层各指定一个：共 %2 层，却给出了 %1 个。</translation>
    </message>
    <message>
        <source>The training set has no samples.</source>
        <translation>训练集中没有样本。</translation>
    </message>
    <message>
        <source>The training set has %1 features but the test set has %2.</source>
        <translation>训练集有 %1 个特征，但测试集有 %2 个。</translation>
    </message>
    <message>
        <source>Every sample needs exactly one label.</source>
        <translation>每个样本必须恰好有一个标签。</translation>
    </message>
    <message>
        <source>Sample %1 has the label %2, outside 0 to %3.</source>
        <translation>样本 %1 的标签为 %2，超出 0 到 %3 的范围。</translation>
    </message>
    <message>
        <source>Every sample needs exactly one target column.</source>
        <translation>每个样本必须恰好有一列目标值。</translation>
    </message>
    <message>
        <source>The optimiser setting %1 cannot be %2.</source>
        <translation>优化器设置 %1 不能为 %2。</translation>
    </message>
    <message>
        <source>The network has %1 weight layers, but %2 were given.</source>
        <translation>网络有 %1 个权重层，但给出了 %2 个。</translation>
    </message>
    <message>
        <source>Layer %1: the weight matrix is %2 × %3 but must be %4 × %5.</source>
        <translation>第 %1 层：权重矩阵为 %2 × %3，但应为 %4 × %5。</translation>
    </message>
    <message>
        <source>Layer %1: the bias has %2 values but must have %3.</source>
        <translation>第 %1 层：偏置有 %2 个值，但应有 %3 个。</translation>
    </message>
    <message>
        <source>Layer %1: %2 PReLU slopes were given but %3 are needed.</source>
        <translation>第 %1 层：给出了 %2 个 PReLU 斜率，但需要 %3 个。</translation>
    </message>
    <message>
        <source>Layer %1: a weight is NaN or infinite.</source>
        <translation>第 %1 层：有权重为 NaN 或无穷大。</translation>
    </message>
    <message>
        <source>There is no hidden layer %1; the network has %2.</source>
        <translation>不存在隐藏层 %1；网络共有 %2 个隐藏层。</translation>
    </message>
    <message>
        <source>At least one draw is needed; %1 is not allowed.</source>
        <translation>至少需要抽取一次；%1 无效。</translation>
    </message>
    <message>
        <source>Hidden layer %1: %2</source>
        <translation>隐藏层 %1：%2</translation>
    </message>
    <message>
        <source>Expected NAME=VALUE, got &apos;%1&apos;.</source>
        <translation>格式应为 NAME=VALUE，但收到 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>一个有限的数值</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; of parameter &apos;%2&apos; of &apos;%3&apos; is not valid: expected %4.</source>
        <translation>&apos;%3&apos; 的参数 &apos;%2&apos; 的值 &apos;%1&apos; 无效：应为%4。</translation>
    </message>
    <message>
        <source>Unknown activation &apos;%1&apos;. Known activations: %2.</source>
        <translation>未知的激活函数“%1”。可用的激活函数：%2。</translation>
    </message>
    <message>
        <source>Layer %1: PReLU slopes were given, but the layer&apos;s activation is not prelu.</source>
        <translation>第 %1 层：给出了 PReLU 斜率，但该层的激活函数不是 prelu。</translation>
    </message>
    <message>
        <source>The %1 must lie in %2; %3 is outside.</source>
        <translation>%1必须在 %2 之内；%3 超出了范围。</translation>
    </message>
    <message>
        <source>Layer %1: %2 PReLU slopes were given but 1 or %3 are needed.</source>
        <translation>第 %1 层：给出了 %2 个 PReLU 斜率，但需要 1 个或 %3 个。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>epsilon ε</source>
        <translation>epsilon ε</translation>
    </message>
    <message>
        <source>RMSprop smoothing α</source>
        <translation>RMSprop 光滑常数 α</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>step size of the schedule</source>
        <translation>学习率调度的步长</translation>
    </message>
    <message>
        <source>decay factor γ</source>
        <translation>衰减因子 γ</translation>
    </message>
    <message>
        <source>cosine schedule length</source>
        <translation>余弦调度周期</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>number of epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <source>L1 activity penalty</source>
        <translation>激活值的 L1 惩罚</translation>
    </message>
    <message>
        <source>bias constant</source>
        <translation>偏置常数</translation>
    </message>
    <message>
        <source>number of hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>hidden layer width</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <extracomment>%1 is e.g. &quot;0 &lt; value ≤ 1,000,000&quot;: the values a field accepts</extracomment>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Row %1: the label %2 is not a whole number, but classification needs the class numbers 0, 1, 2, …; choose the task Regression to predict it as a number.</source>
        <translation>第 %1 行：标签 %2 不是整数，而分类需要类别编号 0, 1, 2, …；若要把它作为数值来预测，请选择任务“回归”。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>The run is too large: %1 samples × %2 hidden units is more than the limit of %3 (samples × the sum of the hidden widths). Use fewer samples or fewer, narrower hidden layers.</source>
        <translation>运行规模过大：%1 个样本 × %2 个隐藏神经元，超过了上限 %3（样本数 × 各隐藏层宽度之和）。请减少样本数，或减少隐藏层的层数和宽度。</translation>
    </message>
    <message>
        <source>The count was stopped after %1 of %2 draws.</source>
        <translation>统计在抽取 %1/%2 次后停止。</translation>
    </message>
    <message>
        <source>The saved training state&apos;s %1 cannot be %2.</source>
        <translation>保存的训练状态中 %1 不能为 %2。</translation>
    </message>
    <message>
        <source>The saved training state&apos;s %1 has %2 values but must have %3.</source>
        <translation>保存的训练状态中 %1 有 %2 个值，但应为 %3 个。</translation>
    </message>
    <message>
        <source>The saved order of the training samples is not an order of all of them.</source>
        <translation>保存的训练样本顺序不是全部样本的一个排列。</translation>
    </message>
    <message>
        <source>Hidden layer %1 has no unit %2; it has %3 units.</source>
        <translation>第 %1 个隐藏层没有第 %2 个神经元；它只有 %3 个神经元。</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>the loss became NaN or infinite</source>
        <translation>损失变为 NaN 或无穷大</translation>
    </message>
    <message>
        <source>a gradient became NaN or infinite</source>
        <translation>梯度变为 NaN 或无穷大</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite</source>
        <translation>权重变为 NaN 或无穷大</translation>
    </message>
    <message>
        <source>the training loss %1 exceeded %2 times the loss before training (%3)</source>
        <translation>训练损失 %1 超过了训练前损失（%3）的 %2 倍</translation>
    </message>
    <message>
        <source>training diverged in epoch %1 (step %2): %3; the gradient norm of layer %4 blew up first. The last finite weights are kept.</source>
        <translation>训练在第 %1 轮（第 %2 步）发散：%3；第 %4 层的梯度范数最先爆炸。已保留最后一组有限的权重。</translation>
    </message>
</context>
<context>
    <name>ExplorerText</name>
    <message>
        <source>ReLU family</source>
        <translation>ReLU 系列</translation>
    </message>
    <message>
        <source>Smooth ReLU-like</source>
        <translation>光滑的类 ReLU 函数</translation>
    </message>
    <message>
        <source>Sigmoid family</source>
        <translation>Sigmoid 系列</translation>
    </message>
    <message>
        <source>Hard / piecewise</source>
        <translation>硬函数 / 分段函数</translation>
    </message>
    <message>
        <source>Shrink / threshold</source>
        <translation>收缩 / 阈值函数</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典函数</translation>
    </message>
    <message>
        <source>discontinuous (jumps)</source>
        <translation>不连续（有跳跃）</translation>
    </message>
    <message>
        <source>continuous, with a kink (C&lt;sup&gt;0&lt;/sup&gt;)</source>
        <translation>连续，有折点（C&lt;sup&gt;0&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>continuously differentiable (C&lt;sup&gt;1&lt;/sup&gt;)</source>
        <translation>连续可微（C&lt;sup&gt;1&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>smooth (C&lt;sup&gt;∞&lt;/sup&gt;)</source>
        <translation>光滑（C&lt;sup&gt;∞&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等函数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值函数</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>阶跃函数（Heaviside）</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>otherwise</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>weight is learned</source>
        <translation>weight 为可学习参数</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>训练时</translation>
    </message>
    <message>
        <source>in evaluation</source>
        <translation>评估时</translation>
    </message>
    <message>
        <source>no gradient flows</source>
        <translation>没有梯度流过</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>第 %1 字节处的 UTF-8 编码无效</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1：大于 %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>%1 entries, at most %2 allowed</source>
        <translation>共 %1 项，最多允许 %2 项</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 超出范围 [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 to 2^53 (or a decimal text)</source>
        <translation>种子须为 0 到 2^53 之间的整数（或十进制数字文本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 64-bit unsigned whole number</source>
        <translation>“%1”不是 64 位无符号整数</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot; (expected %2)</source>
        <translation>未知名称“%1”（应为 %2）</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>unknown key (expected %1)</source>
        <translation>未知的键（应为 %1）</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing</source>
        <translation>缺少英文文本（&quot;en&quot;）</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>应为以下之一：%1</translation>
    </message>
    <message>
        <source>no step before it has set up a network with hidden layers (give &quot;lab&quot; a &quot;scenario&quot; or &quot;config&quot;)</source>
        <translation>之前没有任何步骤建立带隐藏层的网络（请为 &quot;lab&quot; 指定 &quot;scenario&quot; 或 &quot;config&quot;）</translation>
    </message>
    <message>
        <source>&quot;layer&quot; is missing</source>
        <translation>缺少 &quot;layer&quot;</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;</source>
        <translation>未知场景 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the first step in the Network Lab needs a &quot;scenario&quot; or a &quot;config&quot;</source>
        <translation>网络实验室中的第一个步骤需要 &quot;scenario&quot; 或 &quot;config&quot;</translation>
    </message>
    <message>
        <source>&quot;epochs&quot; is missing (with &quot;until&quot;: the most epochs to try)</source>
        <translation>缺少 &quot;epochs&quot;（与 &quot;until&quot; 一起使用时表示最多尝试的轮数）</translation>
    </message>
    <message>
        <source>a switch needs a step that trains</source>
        <translation>切换激活函数需要一个进行训练的步骤</translation>
    </message>
    <message>
        <source>at least two choices</source>
        <translation>至少需要两个选项</translation>
    </message>
    <message>
        <source>&quot;answer&quot; is missing</source>
        <translation>缺少 &quot;answer&quot;</translation>
    </message>
    <message>
        <source>a number question cannot measure &quot;diverged&quot;</source>
        <translation>数值题不能测量 &quot;diverged&quot;</translation>
    </message>
    <message>
        <source>&quot;tolerance&quot; is missing</source>
        <translation>缺少 &quot;tolerance&quot;</translation>
    </message>
    <message>
        <source>expected &quot;choice&quot; or &quot;number&quot;</source>
        <translation>应为 &quot;choice&quot; 或 &quot;number&quot;</translation>
    </message>
    <message>
        <source>expected &quot;explorer&quot; or &quot;network&quot;</source>
        <translation>应为 &quot;explorer&quot; 或 &quot;network&quot;</translation>
    </message>
    <message>
        <source>claims need a run in the Network Lab</source>
        <translation>断言需要网络实验室中的一次训练</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected 1 to 64 lowercase letters, digits or underscores</source>
        <translation>应为 1 到 64 个小写字母、数字或下划线</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>一节课程至少需要一个步骤</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos; (relulab lesson --list lists them)</source>
        <translation>未知课程 &apos;%1&apos;（relulab lesson --list 列出所有课程）</translation>
    </message>
    <message>
        <source>give &quot;at_least&quot; or &quot;at_most&quot;, not both</source>
        <translation>只能给出 &quot;at_least&quot; 或 &quot;at_most&quot; 其中之一</translation>
    </message>
    <message>
        <source>&quot;at_least&quot; or &quot;at_most&quot; is missing</source>
        <translation>缺少 &quot;at_least&quot; 或 &quot;at_most&quot;</translation>
    </message>
    <message>
        <source>expected a claim id from T1 to T%1</source>
        <translation>应为 T1 到 T%1 之间的知识点编号</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>no run to continue</source>
        <translation>没有可以继续的训练</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>无法测量</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the run diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>轮次 %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>准确率 %1</translation>
    </message>
    <message>
        <source>test accuracy %1</source>
        <translation>测试准确率 %1</translation>
    </message>
    <message>
        <source>training loss %1</source>
        <translation>训练损失 %1</translation>
    </message>
    <message>
        <source>gradient norm of layer 1 / output layer %1</source>
        <translation>第 1 层与输出层的梯度范数之比 %1</translation>
    </message>
    <message>
        <source>dead units in layer %1 %2</source>
        <translation>第 %1 层的死亡神经元 %2</translation>
    </message>
    <message>
        <source>sparsity of layer %1 %2</source>
        <translation>第 %1 层的稀疏性 %2</translation>
    </message>
    <message>
        <source>inactive units in layer %1 %2</source>
        <translation>第 %1 层的未激活神经元 %2</translation>
    </message>
    <message>
        <source>revived units in layer %1 %2</source>
        <translation>第 %1 层的复活神经元 %2</translation>
    </message>
    <message>
        <source>mean output of layer %1 %2</source>
        <translation>第 %1 层的平均输出 %2</translation>
    </message>
</context>
<context>
    <name>LimitSpinBox</name>
    <message>
        <source>%1: a value outside this range is not applied. %2</source>
        <extracomment>the tooltip of a field&apos;s range note: %1 = &quot;learning rate&quot;, %2 = &quot;Allowed: 0 &lt; value ≤ …&quot;</extracomment>
        <translation>%1：超出此范围的数值不会被采用。%2</translation>
    </message>
</context>
<context>
    <name>NetworkLabChartMenu</name>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Unknown figure format for &apos;%1&apos;: use .png, .svg or .pdf.</source>
        <translation>无法识别“%1”的图像格式：请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>The figure must be at least 16 × 16 pixels at 24 DPI or more.</source>
        <translation>图像至少须为 16 × 16 像素，且分辨率不低于 24 DPI。</translation>
    </message>
    <message>
        <source>Could not write the figure to &apos;%1&apos;.</source>
        <translation>无法将图像写入“%1”。</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos; for writing: %2</source>
        <translation>无法打开“%1”进行写入：%2</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationList</name>
    <message>
        <source>Search activations…</source>
        <translation>搜索激活函数…</translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationPlot</name>
    <message>
        <source>%1: f(x)</source>
        <translation>%1 函数 f(x)</translation>
    </message>
    <message>
        <source>%1: f′(x)</source>
        <translation>%1 导数 f′(x)</translation>
    </message>
    <message>
        <source>%1: f″(x)</source>
        <translation>%1 二阶导数 f″(x)</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1（右轴）</translation>
    </message>
    <message>
        <source>%1 f′</source>
        <translation>%1 f′</translation>
    </message>
    <message>
        <source>%1 f″</source>
        <translation>%1 f″</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>x = %1
%2</source>
        <translation>x = %1
%2</translation>
    </message>
</context>
<context>
    <name>ReluLab::Autosave</name>
    <message>
        <source>Another ReLU Lab window owns the autosave file.</source>
        <translation>自动保存文件已被另一个 ReLU Lab 窗口占用。</translation>
    </message>
</context>
<context>
    <name>ReluLab::CodePanel</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the %1 code to the clipboard</source>
        <translation>将 %1 代码复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ReluLab::ConfusionView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>The confusion matrix appears when the network is built.</source>
        <translation>网络建好后显示混淆矩阵。</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (accuracy %4 %)</source>
        <translation>%1：%3 个中 %2 个正确（准确率 %4 %）</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>True class %1, predicted %2: %3 samples (%4 % of class %1)</source>
        <translation>真实类别 %1，预测为 %2：%3 个样本（占类别 %1 的 %4 %）</translation>
    </message>
</context>
<context>
    <name>ReluLab::CurvesView</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Training and test loss and accuracy after every epoch</source>
        <translation>每轮结束后的训练集与测试集损失和准确率</translation>
    </message>
</context>
<context>
    <name>ReluLab::DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>高斯簇</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>正弦（回归）</translation>
    </message>
    <message>
        <source>Handwritten digits 8×8</source>
        <translation>手写数字 8×8</translation>
    </message>
    <message>
        <source>Own CSV file</source>
        <translation>自定义 CSV 文件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>样本数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation>噪声(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>类别数(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>测试集比例(&amp;T)：</translation>
    </message>
    <message>
        <source>Data s&amp;eed:</source>
        <translation>数据随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Shift and scale each feature to mean 0 and variance 1 (statistics of the training part).</source>
        <translation>将每个特征平移并缩放为均值 0、方差 1（统计量取自训练部分）。</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>加载 CSV…</translation>
    </message>
    <message>
        <source>Remove added points</source>
        <translation>移除添加的点</translation>
    </message>
    <message>
        <source>On 2-D data, click the preview to add training points: left button class 0 (circle), right button class 1 (triangle).</source>
        <translation>对于二维数据，点击预览图即可添加训练点：左键为类别 0（圆形），右键为类别 1（三角形）。</translation>
    </message>
    <message>
        <source>This data cannot be used: %1</source>
        <translation>无法使用此数据：%1</translation>
    </message>
    <message>
        <source>%1 training and %2 test samples, %3 input feature(s); %4 added by hand.</source>
        <translation>训练样本 %1 个，测试样本 %2 个，输入特征 %3 个；手动添加 %4 个。</translation>
    </message>
    <message>
        <source>Open a data set</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The data set to learn; digits are 8 × 8 handwritten digits (UCI)</source>
        <translation>要学习的数据集；digits 是 8 × 8 的手写数字（UCI）</translation>
    </message>
    <message>
        <source>Number of points drawn (train and test together)</source>
        <translation>生成的样本点数（训练集和测试集合计）</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added to each point</source>
        <translation>加到每个点上的噪声的标准差</translation>
    </message>
    <message>
        <source>Number of classes (blobs and spiral)</source>
        <translation>类别数（高斯簇和螺旋数据集）</translation>
    </message>
    <message>
        <source>Share of the points held out as the test set</source>
        <translation>留作测试集的样本比例</translation>
    </message>
    <message>
        <source>The same seed draws the same points</source>
        <translation>相同的种子生成相同的样本点</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>数据预览</translation>
    </message>
    <message>
        <source>The points of the data set, train and test, coloured by class</source>
        <translation>数据集中的样本点（训练集和测试集），按类别着色</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>任务(&amp;K)：</translation>
    </message>
    <message>
        <source>How the last column of the file is read: class numbers 0, 1, 2, … (classification) or real values to predict (regression). Auto: classification when every label is a whole number.</source>
        <translation>文件最后一列的读法：类别编号 0, 1, 2, …（分类），或要预测的实数值（回归）。自动：每个标签都是整数时按分类处理。</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
</context>
<context>
    <name>ReluLab::DecisionView</name>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>网络输出</translation>
    </message>
    <message>
        <source>class %1 (test)</source>
        <translation>类别 %1（测试）</translation>
    </message>
    <message>
        <source>class %1 (train)</source>
        <translation>类别 %1（训练）</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>决策图</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the training and test points</source>
        <translation>网络在整个输入平面上的输出，以及训练点和测试点</translation>
    </message>
    <message>
        <source>The decision map needs two input features;
this data set has %1 features.</source>
        <translation>决策图需要两个输入特征；
此数据集有 %1 个特征。</translation>
    </message>
    <message>
        <source>No data to show.</source>
        <translation>没有可显示的数据。</translation>
    </message>
</context>
<context>
    <name>ReluLab::DigitsGallery</name>
    <message>
        <source>Test digits</source>
        <translation>测试数字</translation>
    </message>
    <message>
        <source>The digits appear when the network is built.</source>
        <translation>网络建好后显示数字图像。</translation>
    </message>
    <message>
        <source>Test digits: %1 of %2 wrong (shown first, framed)</source>
        <translation>测试数字：%2 个中 %1 个错误（排在前面，带框）</translation>
    </message>
    <message>
        <source>Training digits: %1 of %2 wrong (shown first, framed)</source>
        <translation>训练数字：%2 个中 %1 个错误（排在前面，带框）</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample %1: true class %2, the network says %3</source>
        <translation>样本 %1：真实类别 %2，网络判为 %3</translation>
    </message>
</context>
<context>
    <name>ReluLab::ExplorerWidget</name>
    <message>
        <source>At most six overlays can be shown.</source>
        <translation>最多只能显示六条叠加曲线。</translation>
    </message>
    <message>
        <source>RReLU in training (random slope per input)</source>
        <translation>训练模式下的 RReLU（每个输入的斜率随机）</translation>
    </message>
    <message>
        <source>slope = lower = %1</source>
        <translation>斜率 = lower = %1</translation>
    </message>
    <message>
        <source>slope = upper = %1</source>
        <translation>斜率 = upper = %1</translation>
    </message>
    <message>
        <source>GELU, tanh approximation</source>
        <translation>GELU，tanh 近似</translation>
    </message>
    <message>
        <source>difference: tanh − exact</source>
        <translation>差值：tanh − 精确值</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>将曲线导出为 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Curves written to %1</source>
        <translation>曲线已导出到 %1</translation>
    </message>
    <message>
        <source>Plot copied to the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Animate a parameter</source>
        <translation>参数动画</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Show the derivative f′ (dashed)</source>
        <translation>显示导数 f′（虚线）</translation>
    </message>
    <message>
        <source>f″</source>
        <translation>f″</translation>
    </message>
    <message>
        <source>Show the second derivative f″ (dotted)</source>
        <translation>显示二阶导数 f″（点线）</translation>
    </message>
    <message>
        <source>Shade f′ = 0</source>
        <translation>阴影标出 f′ = 0</translation>
    </message>
    <message>
        <source>Shade where the gradient is exactly zero: a unit there stops learning</source>
        <translation>用阴影标出梯度恰好为零的区域：落在这里的神经元会停止学习</translation>
    </message>
    <message>
        <source>Show f′ (derivative)</source>
        <translation>显示 f′（导数）</translation>
    </message>
    <message>
        <source>Show f″ (second derivative)</source>
        <translation>显示 f″（二阶导数）</translation>
    </message>
    <message>
        <source>Shade where f′ = 0</source>
        <translation>用阴影标出 f′ = 0 的区域</translation>
    </message>
    <message>
        <source>Clear pinned readouts</source>
        <translation>清除固定的读数</translation>
    </message>
    <message>
        <source>Next activation</source>
        <translation>下一个激活函数</translation>
    </message>
    <message>
        <source>Previous activation</source>
        <translation>上一个激活函数</translation>
    </message>
    <message>
        <source>Increase first parameter</source>
        <translation>增大第一个参数</translation>
    </message>
    <message>
        <source>Decrease first parameter</source>
        <translation>减小第一个参数</translation>
    </message>
    <message>
        <source>Increase second parameter</source>
        <translation>增大第二个参数</translation>
    </message>
    <message>
        <source>Decrease second parameter</source>
        <translation>减小第二个参数</translation>
    </message>
    <message>
        <source>Play / pause the parameter animation</source>
        <translation>播放/暂停参数动画</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export curves as CSV…</source>
        <translation>将曲线导出为 CSV…</translation>
    </message>
    <message>
        <source>Copy plot image</source>
        <translation>复制图表图像</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>ReluLab::FitViewButton</name>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Fit the vertical range to the curves; it then follows them again as parameters change</source>
        <translation>将纵轴范围适配到曲线；之后参数改变时它会再次跟随曲线</translation>
    </message>
</context>
<context>
    <name>ReluLab::GlossaryWindow</name>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>A term in English, 简体中文 or 繁體中文</source>
        <translation>输入英文、简体中文或繁體中文术语</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜索术语表</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>术语表条目</translation>
    </message>
    <message>
        <source>Also called, in other texts: %1</source>
        <translation>其他资料中也称：%1</translation>
    </message>
</context>
<context>
    <name>ReluLab::GradientView</name>
    <message>
        <source>weight matrix (1 = first layer, last = output)</source>
        <translation>权重矩阵（1 = 第一层，最后 = 输出层）</translation>
    </message>
    <message>
        <source>gradient norm ‖∂L/∂W‖ (log)</source>
        <translation>梯度范数 ‖∂L/∂W‖（对数）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>at initialisation</source>
        <translation>初始化时</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>The gradient norm of each layer&apos;s weights on a log scale; a fall towards layer 1 is a vanishing gradient</source>
        <translation>各层权重梯度范数（对数坐标）；越靠近第 1 层越小，就是梯度消失</translation>
    </message>
    <message>
        <source>Layers with zero gradient, nothing flows back: %1</source>
        <translation>梯度为零、没有梯度回传的层数：%1</translation>
    </message>
    <message>
        <source>exactly 0 (drawn on the floor)</source>
        <translation>恰好为 0（画在坐标轴底部）</translation>
    </message>
</context>
<context>
    <name>ReluLab::HistogramView</name>
    <message>
        <source>Layer:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>隐藏层 %1</translation>
    </message>
    <message>
        <source>%1 % of pre-activations get no gradient</source>
        <translation>%1 % 的预激活值得不到梯度</translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation>预激活值 z</translation>
    </message>
    <message>
        <source>share of values (%)</source>
        <translation>数值占比（%）</translation>
    </message>
    <message>
        <source>histogram of z</source>
        <translation>z 的直方图</translation>
    </message>
    <message>
        <source>f(z)</source>
        <translation>f(z)</translation>
    </message>
    <message>
        <source>f′(z)</source>
        <translation>f′(z)</translation>
    </message>
    <message>
        <source>f′(z) = 0: no gradient</source>
        <translation>f′(z) = 0：无梯度</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>预激活值直方图</translation>
    </message>
    <message>
        <source>How the chosen layer&apos;s pre-activations are distributed, under f(z) and f′(z); the shaded region has zero gradient</source>
        <translation>所选层预激活值的分布，叠加在 f(z) 和 f′(z) 之下；阴影区域的梯度为零</translation>
    </message>
</context>
<context>
    <name>ReluLab::HistoryScrubber</name>
    <message>
        <source>No epochs yet</source>
        <translation>尚无训练轮次</translation>
    </message>
    <message>
        <source>Epoch %1 (live)</source>
        <translation>第 %1 轮（实时）</translation>
    </message>
    <message>
        <source>Pause training to look back at earlier epochs.</source>
        <translation>暂停训练后即可回看之前的轮次。</translation>
    </message>
    <message>
        <source>Drag, or use the arrow keys, Home and End, to replay the graph, the tiles and the counts of an earlier epoch.</source>
        <translation>拖动滑块，或使用方向键、Home 和 End 键，重放之前某一轮的网络结构图、神经元图块和计数。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Back to the network as it is now (End)</source>
        <translation>回到网络的当前状态（End）</translation>
    </message>
    <message>
        <source>Showing epoch %1 of %2 — press Play or Live to return.</source>
        <translation>正在显示第 %1 轮（共 %2 轮）——按“播放”或“实时”返回。</translation>
    </message>
</context>
<context>
    <name>ReluLab::LearnPanel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>两侧</translation>
    </message>
    <message>
        <source>for x → −∞</source>
        <translation>x → −∞ 时</translation>
    </message>
    <message>
        <source>for x → +∞</source>
        <translation>x → +∞ 时</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>单调</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>以零为中心</translation>
    </message>
    <message>
        <source>Saturates</source>
        <translation>饱和</translation>
    </message>
    <message>
        <source>Identity near 0</source>
        <translation>0 附近近似恒等</translation>
    </message>
    <message>
        <source>Dead-unit risk</source>
        <translation>神经元死亡风险</translation>
    </message>
    <message>
        <source>f′(0)</source>
        <translation>f′(0)</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Properties for these parameters</source>
        <translation>当前参数下的性质</translation>
    </message>
    <message>
        <source>About this function</source>
        <translation>关于此函数</translation>
    </message>
    <message>
        <source>yes: f′ = 0 on a whole range of inputs, a unit can stop learning</source>
        <translation>是：f′ 在一整段输入区间上为 0，神经元可能停止学习</translation>
    </message>
    <message>
        <source>What each property means and why it matters</source>
        <translation>各项性质的含义及其重要性</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>jump at x = %1 (f: %2 → %3, f(%1) = %4)</source>
        <translation>在 x = %1 处跳跃（f：%2 → %3，f(%1) = %4）</translation>
    </message>
    <message>
        <source>kink at x = %1 (f′: %2 → %3)</source>
        <translation>在 x = %1 处有折点（f′：%2 → %3）</translation>
    </message>
    <message>
        <source>f′ jumps at 0: the value PyTorch takes there</source>
        <translation>f′ 在 0 处跳跃：此为 PyTorch 在该点取的值</translation>
    </message>
    <message>
        <source>Jumps and kinks</source>
        <translation>跳跃与折点</translation>
    </message>
    <message>
        <source>|E[f(z)]| = %1 %2 0.1 · SD[f(z)] = %3, z ~ N(0, 1)</source>
        <translation>|E[f(z)]| = %1 %2 0.1 · SD[f(z)] = %3，z ~ N(0, 1)</translation>
    </message>
</context>
<context>
    <name>ReluLab::LessonsWorkspace</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lessons (a tick marks the ones you finished):</source>
        <translation>课程（打勾的是已完成的）：</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation>自己试试</translation>
    </message>
    <message>
        <source>Go to the workspace with this step&apos;s settings and explore</source>
        <translation>带着这一步的设置进入工作区，自己探索</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>检查我的答案</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>轮到你了</translation>
    </message>
    <message>
        <source>Click a lesson to start it</source>
        <translation>点击一节课程即可开始</translation>
    </message>
    <message>
        <source>Open a lesson file a teacher has written</source>
        <translation>打开教师编写的课程文件</translation>
    </message>
    <message>
        <source>The previous step (Page Up or ←)</source>
        <translation>上一步（Page Up 或 ←）</translation>
    </message>
    <message>
        <source>The next step (Page Down or →)</source>
        <translation>下一步（Page Down 或 →）</translation>
    </message>
    <message>
        <source>Check the answer: the demo then shows what really happens</source>
        <translation>检查答案：随后演示会展示实际发生的情况</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>Type your prediction</source>
        <translation>输入你的预测</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>课程进度</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>课程文件 (*.json)</translation>
    </message>
    <message>
        <source>The demo runs here once you have checked your answer.</source>
        <translation>检查完你的答案后，演示会在这里运行。</translation>
    </message>
    <message>
        <source>The demo is running… epoch %1</source>
        <translation>演示正在运行……第 %1 轮</translation>
    </message>
    <message>
        <source>Reached: %1, at epoch %2.</source>
        <translation>已达到：%1，在第 %2 轮。</translation>
    </message>
    <message>
        <source>Not reached: %1 did not happen within the step&apos;s limit of %2 epochs.</source>
        <translation>未达到：在这一步最多 %2 轮的限制内，%1 没有发生。</translation>
    </message>
    <message>
        <source>The run diverged at epoch %1.</source>
        <translation>训练在第 %1 轮发散。</translation>
    </message>
    <message>
        <source>Trained to epoch %1.</source>
        <translation>已训练到第 %1 轮。</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>正确：%1。</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不太对：答案是 %1。</translation>
    </message>
    <message>
        <source>This could not be measured.</source>
        <translation>这一项无法测量。</translation>
    </message>
    <message>
        <source>Measured: %1. You said %2: %3 off, within ±%4. Well predicted!</source>
        <translation>实测：%1。你的预测是 %2：相差 %3，在 ±%4 以内。预测得好！</translation>
    </message>
    <message>
        <source>Measured: %1. You said %2: %3 off, more than ±%4.</source>
        <translation>实测：%1。你的预测是 %2：相差 %3，超出了 ±%4。</translation>
    </message>
    <message>
        <source>Lesson finished. Pick another one from the list, or go back to any step.</source>
        <translation>本课程已完成。可以从列表中选择另一节课程，或返回任意一步。</translation>
    </message>
    <message>
        <source>Choose a lesson</source>
        <translation>选择一节课程</translation>
    </message>
    <message>
        <source>Each lesson leads from a question to an insight in a few steps. A step sets up the Explorer or the Network Lab, runs a short demo and may ask you to predict what will happen first.</source>
        <translation>每节课程用几个步骤从一个问题引向一个领悟。每一步会设置探索器或网络实验室，运行一段简短的演示，并可能先请你预测会发生什么。</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Some texts of this lesson have no Chinese version; they are shown in English.</source>
        <translation>本课程的部分文本没有中文版本，将以英文显示。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Choose this answer</source>
        <translation>选择这个答案</translation>
    </message>
    <message>
        <source>Check my answer and run the demo</source>
        <translation>检查我的答案并运行演示</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Live view of the Explorer</source>
        <translation>探索器的实时画面</translation>
    </message>
    <message>
        <source>Live view of the Network Lab</source>
        <translation>网络实验室的实时画面</translation>
    </message>
</context>
<context>
    <name>ReluLab::MainWindow</name>
    <message>
        <source>Explorer</source>
        <translation>探索器</translation>
    </message>
    <message>
        <source>About ReLU Lab</source>
        <translation>关于 ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Lab %1&lt;/h3&gt;&lt;p&gt;Interactive lessons on neural-network activation functions: explore f, f′ and f″, then train a small network and watch ReLU units die.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Lab %1&lt;/h3&gt;&lt;p&gt;神经网络激活函数交互式课程：探索 f、f′ 和 f″，然后训练一个小型网络，观察 ReLU 神经元如何死亡。&lt;/p&gt;&lt;p&gt;采用 GNU GPL 第 3 版或更高版本许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ReLU Lab</source>
        <translation>ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen, large type, heavy lines, side panels hidden (F11)</source>
        <translation>全屏、大字号、粗线条、隐藏侧边面板（F11）</translation>
    </message>
    <message>
        <source>Light / dark</source>
        <translation>浅色 / 深色</translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation>在浅色和深色主题之间切换</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Compare: RReLU random slopes vs eval</source>
        <translation>对比：RReLU 训练时的随机斜率与评估模式</translation>
    </message>
    <message>
        <source>Compare: GELU exact vs tanh approximation</source>
        <translation>对比：GELU 精确形式与 tanh 近似</translation>
    </message>
    <message>
        <source>Compare: Softplus approaching ReLU</source>
        <translation>对比：Softplus 逼近 ReLU</translation>
    </message>
    <message>
        <source>Compare: Leaky ReLU slopes</source>
        <translation>对比：Leaky ReLU 的不同斜率</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>关于 ReLU Lab(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>The autosaved session cannot be restored: %1</source>
        <translation>无法恢复自动保存的会话：%1</translation>
    </message>
    <message>
        <source>ReLU Lab did not close normally last time. Restore the Network Lab session autosaved at %1?</source>
        <translation>ReLU Lab 上次未正常关闭。是否恢复于 %1 自动保存的网络实验室会话？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Autosaved session restored</source>
        <translation>已恢复自动保存的会话</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: %1</source>
        <translation>键盘快捷键：%1</translation>
    </message>
    <message>
        <source>Hold Ctrl, or ?</source>
        <translation>按住 Ctrl，或按 ?</translation>
    </message>
    <message>
        <source>These shortcuts, over the window</source>
        <translation>在窗口上显示这些快捷键</translation>
    </message>
</context>
<context>
    <name>ReluLab::MapTabs</name>
    <message>
        <source>Decision map</source>
        <translation>决策图</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>The whole network: inputs, hidden layers and outputs with their links (thicker = larger |weight|; solid positive, dashed negative)</source>
        <translation>整个网络：输入、各隐藏层和输出及其连接（越粗表示 |权重| 越大；实线为正，虚线为负）</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>How many samples of each true class the network puts in each class: the diagonal holds the right answers</source>
        <translation>每个真实类别的样本被网络分到各个类别的数量：对角线上是正确的答案</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>The last hidden layer&apos;s outputs seen in their two principal directions (PCA): classes that fall apart here are easy for the output layer</source>
        <translation>最后一个隐藏层的输出在其两个主方向上的投影（PCA）：在这里彼此分开的类别，输出层很容易区分</translation>
    </message>
    <message>
        <source>The test digits with the network&apos;s answers, the wrong ones first</source>
        <translation>测试数字及网络给出的答案，错误的排在前面</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkGraphView</name>
    <message>
        <source>Network graph</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正权重</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>负权重</translation>
    </message>
    <message>
        <source>died</source>
        <translation>训练中死亡</translation>
    </message>
    <message>
        <source>born dead</source>
        <translation>初始即死亡</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>复活</translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n 个死亡</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer %1, unit %2: active on %3 % of the training samples</source>
        <translation>第 %1 层，第 %2 个神经元：在 %3 % 的训练样本上激活</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>偏置 %1</translation>
    </message>
    <message>
        <source>dead since initialisation</source>
        <translation>从初始化起就是死亡神经元</translation>
    </message>
    <message>
        <source>died during training</source>
        <translation>在训练中死亡</translation>
    </message>
    <message>
        <source>came back to life at epoch %1</source>
        <translation>在第 %1 轮复活</translation>
    </message>
    <message>
        <source>The graph appears when the network is built.</source>
        <translation>网络建好后显示结构图。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n dead units: their output is 0 for every training sample, so their links carry nothing</source>
        <translation>
            <numerusform>%n 个死亡神经元：它们对每个训练样本的输出都是 0，所以它们的连接不传递任何信号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Export graph…</source>
        <translation>导出结构图…</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>mean digit</source>
        <translation>平均数字</translation>
    </message>
    <message>
        <source>test digit 1</source>
        <translation>测试数字 1</translation>
    </message>
    <message>
        <source>Input x%1: pixel (row %2, column %3) of the picture</source>
        <translation>输入 x%1：图像第 %2 行、第 %3 列的像素</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkLabWorkspace</name>
    <message>
        <source>Network Lab</source>
        <translation>网络实验室</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>打开会话…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>保存会话…</translation>
    </message>
    <message>
        <source>Export training log (CSV)…</source>
        <translation>导出训练日志（CSV）…</translation>
    </message>
    <message>
        <source>Hidden units, layer by layer</source>
        <translation>各隐藏层的神经元</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>稀疏性</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>预激活值</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU 斜率</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>导出训练日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as my scenario</source>
        <translation>另存为我的场景</translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation>场景已保存到 %1</translation>
    </message>
    <message>
        <source>A fresh network from the seed. %1 brings the previous run back.</source>
        <translation>已按种子重建网络。按 %1 可恢复之前的训练。</translation>
    </message>
    <message>
        <source>The run before the reset is back.</source>
        <translation>重置前的训练已恢复。</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Play or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <source>→ or Page Down</source>
        <translation>→ 或 Page Down</translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation>训练一轮</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reset: a fresh network from the seed</source>
        <translation>重置：按种子重建网络</translation>
    </message>
    <message>
        <source>Undo the reset: the previous run comes back</source>
        <translation>撤销重置：恢复之前的训练</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Undo reset</source>
        <translation>撤销重置</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Inspect a unit (or click a tile, a unit of the graph or a sparsity bar)</source>
        <translation>查看一个神经元（也可以点击方块、网络图中的神经元或稀疏性柱条）</translation>
    </message>
    <message>
        <source>This run is long, so the lab keeps one epoch in %1 of its log (and always the latest): the file has those rows. `relulab train` writes every epoch.</source>
        <translation>这次训练很长，所以实验室的训练日志每 %1 轮只保留一轮（并始终保留最新一轮）：文件中就是这些行。`relulab train` 会写出每一轮。</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkPanel</name>
    <message>
        <source>Network and training</source>
        <translation>网络与训练</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隐藏层：</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>移除最后一个隐藏层</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加隐藏层</translation>
    </message>
    <message>
        <source>One activation for all layers</source>
        <translation>所有层使用同一激活函数</translation>
    </message>
    <message>
        <source>PyTorch default (nn.Linear)</source>
        <translation>PyTorch 默认（nn.Linear）</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 均匀分布</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 正态分布</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming 均匀分布</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 正态分布</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 正态分布</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>正交</translation>
    </message>
    <message>
        <source>Initialisation:</source>
        <translation>初始化：</translation>
    </message>
    <message>
        <source>Bias:</source>
        <translation>偏置：</translation>
    </message>
    <message>
        <source>PyTorch default</source>
        <translation>PyTorch 默认</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常数</translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Changing it while training goes on keeps the network.</source>
        <translation>训练过程中修改学习率不会重置网络。</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>L1 on activations:</source>
        <translation>激活值 L1 惩罚：</translation>
    </message>
    <message>
        <source>Adds λ·Σ|a| of the hidden activations to the loss (Glorot et al. 2011): pushes sparsity up.</source>
        <translation>在损失中加入隐藏层激活值的 λ·Σ|a|（Glorot 等，2011）：可提高稀疏性。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Fewer units</source>
        <translation>减少神经元</translation>
    </message>
    <message>
        <source>More units</source>
        <translation>增加神经元</translation>
    </message>
    <message>
        <source>Units in layer %1</source>
        <translation>第 %1 层的神经元数</translation>
    </message>
    <message>
        <source>Number of hidden layers (depth)</source>
        <translation>隐藏层数（深度）</translation>
    </message>
    <message>
        <source>How the biases start: PyTorch&apos;s small random values, or one constant for every hidden unit</source>
        <translation>偏置的初始值：PyTorch 默认的小随机值，或所有隐藏层神经元取同一个常数</translation>
    </message>
    <message>
        <source>The update rule, with PyTorch&apos;s torch.optim semantics</source>
        <translation>参数更新规则，与 PyTorch 的 torch.optim 语义一致</translation>
    </message>
    <message>
        <source>SGD momentum: 0 is plain gradient descent</source>
        <translation>SGD 动量：0 即普通梯度下降</translation>
    </message>
    <message>
        <source>Samples per step; the lowest value means the whole training set</source>
        <translation>每步使用的样本数；最小值表示使用整个训练集</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights and the same run</source>
        <translation>相同的种子给出相同的初始权重和相同的训练过程</translation>
    </message>
    <message>
        <source>float32 as PyTorch trains by default, or float64</source>
        <translation>float32（PyTorch 默认的训练精度）或 float64</translation>
    </message>
    <message>
        <source>Activation of layer %1; changing it while training goes on keeps the weights</source>
        <translation>第 %1 层的激活函数；训练过程中更换会保留权重</translation>
    </message>
    <message>
        <source>Parameter of layer %1&apos;s activation</source>
        <translation>第 %1 层激活函数的参数</translation>
    </message>
    <message>
        <source>Randomized asymmetric (RAI)</source>
        <translation>随机非对称（RAI）</translation>
    </message>
    <message>
        <source>Randomized asymmetric initialisation (Lu et al., arXiv 2019): each unit gets one weight or its bias drawn from Beta(2, 1), always positive, so a deep, narrow ReLU network is far less likely to be born dead.</source>
        <translation>随机非对称初始化（Lu 等，arXiv 2019）：每个神经元有一个输入权重或其偏置取自 Beta(2, 1) 分布，恒为正，因此深而窄的 ReLU 网络初始即死亡的可能性大大降低。</translation>
    </message>
    <message>
        <source>How the weights are drawn before training: He suits ReLU, Xavier suits tanh (not sigmoid)</source>
        <translation>训练前抽取权重的方式：He 适合 ReLU，Xavier 适合 tanh（不适合 sigmoid）</translation>
    </message>
    <message>
        <source>The constant starting bias; −3 leaves most ReLU neurons dead from the start</source>
        <translation>偏置的初始常数；取 −3 会使大多数 ReLU 神经元初始即死亡</translation>
    </message>
</context>
<context>
    <name>ReluLab::NeuronTilesView</name>
    <message>
        <source>Each tile is one unit. Crossed out and hatched, with the word “dead”: its output is 0 for every training sample. Dashed border, “off”: inactive everywhere but still trainable.</source>
        <translation>每个方块代表一个神经元。打叉并带斜线阴影、标有“死亡”的：对所有训练样本的输出都为 0。虚线边框、标有“未激活”的：处处不激活，但仍可训练。</translation>
    </message>
    <message>
        <source>Layer %1 (%2): %3 / %4 dead (%5 %)</source>
        <translation>第 %1 层（%2）：%3 / %4 个死亡（%5 %）</translation>
    </message>
    <message>
        <source>Layer %1 (%2): diverged, no count</source>
        <translation>第 %1 层（%2）：已发散，无法统计</translation>
    </message>
    <message>
        <source>born dead, before the first step: %1</source>
        <translation>初始即死亡（第一步之前就已死亡）：%1 个</translation>
    </message>
    <message>
        <source>inactive everywhere but still trainable: %1</source>
        <translation>处处不激活但仍可训练：%1 个</translation>
    </message>
    <message>
        <source>born dead, before the first step: %1, of them alive again now: %2</source>
        <translation>初始即死亡（第一步之前就已死亡）：%1 个，其中现已复活：%2 个</translation>
    </message>
    <message>
        <source>Hidden layer 1: dead units / units</source>
        <translation>隐藏层 1：死亡神经元数 / 神经元数</translation>
    </message>
    <message>
        <source>Hidden layers 1 to %1, left to right: dead units / units</source>
        <translation>隐藏层 1 至 %1，从左到右：死亡神经元数 / 神经元数</translation>
    </message>
    <message>
        <source>revived (dead at an earlier epoch, alive later): %1</source>
        <translation>复活（在较早的轮次死亡、之后又恢复活动）：%1 个</translation>
    </message>
</context>
<context>
    <name>ReluLab::OverlayPanel</name>
    <message>
        <source>Up to six curves to compare with the current one. Click a legend entry or a check box to hide or show a curve.</source>
        <translation>最多可添加六条曲线与当前曲线对比。单击图例项或复选框可隐藏或显示曲线。</translation>
    </message>
    <message>
        <source>Add current</source>
        <translation>添加当前曲线</translation>
    </message>
    <message>
        <source>Keep the current activation and parameters as an overlay</source>
        <translation>将当前激活函数及其参数保留为叠加曲线</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation>预设对比</translation>
    </message>
    <message>
        <source>RReLU: random slopes in training vs eval</source>
        <translation>RReLU：训练时的随机斜率与评估时对比</translation>
    </message>
    <message>
        <source>GELU: exact vs tanh approximation</source>
        <translation>GELU：精确形式与 tanh 近似对比</translation>
    </message>
    <message>
        <source>Softplus: growing β approaches ReLU</source>
        <translation>Softplus：β 增大时趋近 ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU: several slopes</source>
        <translation>Leaky ReLU：多种斜率</translation>
    </message>
    <message>
        <source>Show comparison</source>
        <translation>显示对比</translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterAnimator</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Duration of one sweep from the first value to the second</source>
        <translation>从第一个值扫到第二个值一次所用的时间</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterPanel</name>
    <message>
        <source>PyTorch default: %1</source>
        <translation>PyTorch 默认值：%1</translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation>该激活函数没有参数。</translation>
    </message>
    <message>
        <source>Reset to PyTorch defaults</source>
        <translation>重置为 PyTorch 默认值</translation>
    </message>
</context>
<context>
    <name>ReluLab::PlotExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>图像尺寸为 %1 × %2 像素。</translation>
    </message>
    <message>
        <source>Vector output: sharp at any size.</source>
        <translation>矢量输出：任意尺寸下都清晰。</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width (layout pixels)</source>
        <translation>宽度（布局像素）</translation>
    </message>
    <message>
        <source>Height (layout pixels)</source>
        <translation>高度（布局像素）</translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation>分辨率（DPI）</translation>
    </message>
</context>
<context>
    <name>ReluLab::PreluView</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>learned negative slope a</source>
        <translation>学习到的负斜率 a</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>No layer uses PReLU.
Choose PReLU for a layer to watch its slope learn.</source>
        <translation>没有任何层使用 PReLU。
为某一层选择 PReLU，即可观察其斜率的学习过程。</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU 斜率</translation>
    </message>
    <message>
        <source>The slopes PReLU has learned, epoch by epoch</source>
        <translation>PReLU 逐轮学到的斜率</translation>
    </message>
</context>
<context>
    <name>ReluLab::ProjectionView</name>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Projection of the last hidden layer</source>
        <translation>最后一个隐藏层的投影</translation>
    </message>
    <message>
        <source>The last hidden layer&apos;s outputs for each sample, seen in their two principal directions; each point is its class number</source>
        <translation>每个样本在最后一个隐藏层的输出，投影到其两个主方向上；每个点画成它的类别编号</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the variance)</source>
        <translation>主成分 1（占方差的 %1 %）</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Hidden layer %1 (the last), %2: principal plane</source>
        <translation>隐藏层 %1（最后一层），%2：主成分平面</translation>
    </message>
    <message>
        <source>The projection appears when the network is built.</source>
        <translation>网络建好后显示投影。</translation>
    </message>
    <message>
        <source>PC2 (%1 %)</source>
        <translation>主成分 2（%1 %）</translation>
    </message>
</context>
<context>
    <name>ReluLab::SaveScenarioDialog</name>
    <message>
        <source>Save as my scenario</source>
        <translation>另存为我的场景</translation>
    </message>
    <message>
        <source>e.g. Dead units after a learning-rate jump</source>
        <translation>例如：学习率突然增大后的死亡神经元</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>场景标题</translation>
    </message>
    <message>
        <source>What should the class watch, and why?</source>
        <translation>同学们应该观察什么？为什么？</translation>
    </message>
    <message>
        <source>What to watch and why</source>
        <translation>观察什么、为什么</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What to watch:</source>
        <translation>观察要点(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScenarioPanel</name>
    <message>
        <source>Classroom scenarios</source>
        <translation>课堂场景</translation>
    </message>
    <message>
        <source>Draw %1 initialisations and count born-dead</source>
        <translation>抽取 %1 次初始化并统计初始即死亡的网络</translation>
    </message>
    <message>
        <source>Drawing initialisations…</source>
        <translation>正在抽取初始化…</translation>
    </message>
    <message>
        <source>%1 of %2 networks born dead (%3 %)</source>
        <translation>%2 个网络中有 %1 个初始即死亡（%3 %）</translation>
    </message>
    <message>
        <source>My scenarios</source>
        <translation>我的场景</translation>
    </message>
    <message>
        <source>Remove this scenario</source>
        <translation>删除此场景</translation>
    </message>
    <message>
        <source>Your scenario, saved in %1. Right click to remove it.</source>
        <translation>你的场景，保存在 %1。右键单击可删除。</translation>
    </message>
    <message>
        <source>Save as my scenario…</source>
        <translation>另存为我的场景…</translation>
    </message>
    <message>
        <source>Keep the current data, network and training settings as a one-click scenario with your own explanation</source>
        <translation>把当前的数据、网络和训练设置保存为一键场景，并附上你自己的说明</translation>
    </message>
    <message>
        <source>Only your own scenarios can be removed.</source>
        <translation>只能删除你自己的场景。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScenarioPicker</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>选择场景…</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScriptExportActions</name>
    <message>
        <source>Export as PyTorch script…</source>
        <translation>导出为 PyTorch 脚本…</translation>
    </message>
    <message>
        <source>A Python script that trains the lab&apos;s network in PyTorch with the same numbers</source>
        <translation>一个用 PyTorch 训练实验室网络、得到相同数值的 Python 脚本</translation>
    </message>
    <message>
        <source>Export as NumPy script…</source>
        <translation>导出为 NumPy 脚本…</translation>
    </message>
    <message>
        <source>A Python script with the trained weights that predicts like the lab</source>
        <translation>一个内嵌训练后权重、预测结果与实验室相同的 Python 脚本</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>导出为 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Export as NumPy script</source>
        <translation>导出为 NumPy 脚本</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>%1 cannot be written.
%2</source>
        <translation>无法写入 %1。
%2</translation>
    </message>
    <message>
        <source>Script written to %1</source>
        <translation>脚本已写入 %1</translation>
    </message>
</context>
<context>
    <name>ReluLab::SessionActions</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Network Lab session (settings and weights)</source>
        <translation>打开网络实验室会话（设置和权重）</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the Network Lab settings and the current weights</source>
        <translation>保存网络实验室的设置和当前权重</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json);;All files (*)</source>
        <translation>ReLU 实验室会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json)</source>
        <translation>ReLU 实验室会话 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.
%2
The current session is unchanged.</source>
        <translation>无法打开 %1。
%2
当前会话未更改。</translation>
    </message>
    <message>
        <source>Session opened from %1</source>
        <translation>已从 %1 打开会话</translation>
    </message>
    <message>
        <source>%1 cannot be saved.
%2</source>
        <translation>无法保存 %1。
%2</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 已不存在，已将其从列表中移除。</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>没有最近的会话</translation>
    </message>
</context>
<context>
    <name>ReluLab::SparsityView</name>
    <message>
        <source>hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>70–85 %: Glorot et al. 2011</source>
        <translation>70–85 %：Glorot 等，2011</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>sparsity (%)</source>
        <translation>稀疏性 (%)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Sparsity per layer</source>
        <translation>各层稀疏性</translation>
    </message>
    <message>
        <source>Share of exactly zero activations in each hidden layer now, against the 70–85 % band of Glorot et al.</source>
        <translation>当前各隐藏层中恰好为零的激活值所占比例，并与 Glorot 等人给出的 70–85 % 区间对照</translation>
    </message>
    <message>
        <source>Sparsity history</source>
        <translation>稀疏性变化</translation>
    </message>
    <message>
        <source>Share of zero activations of each hidden layer, epoch by epoch</source>
        <translation>各隐藏层零激活值比例随训练轮次的变化</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shaded band: 70–85 % of the activations exactly zero. Glorot et al. (2011) found that trained rectifier networks worked as well as dense ones in this range.&lt;/p&gt;&lt;p&gt;Beyond it, fewer and fewer units stay active to carry what the network has learned. How far one can go depends on the width and the task: on the digits, a network in this app still reached 97 % test accuracy at 92 % zeros, then fell to chance at 99.5 %, with many units dead.&lt;/p&gt;&lt;p&gt;The band is drawn only behind layers whose activation outputs exact zeros (ReLU, ReLU6, the hard variants): Leaky ReLU, ELU or tanh have a sparsity of 0 % whatever they learn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;阴影区间：70–85 % 的激活值恰好为零。Glorot 等人（2011）发现，训练好的整流网络在这一区间内与稠密网络表现一样好。&lt;/p&gt;&lt;p&gt;超出这一区间后，保持激活、能够承载网络所学内容的神经元越来越少。能走多远取决于网络宽度和任务：在手写数字数据上，本应用中的一个网络在 92 % 为零时测试准确率仍有 97 %，到 99.5 % 时则跌至随机猜测水平，并有许多神经元死亡。&lt;/p&gt;&lt;p&gt;只有激活函数能输出精确零值的层（ReLU、ReLU6 及各种 hard 变体）才画出这一区间：Leaky ReLU、ELU 或 tanh 无论学到什么，稀疏性都是 0 %。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReluLab::TileStrip</name>
    <message>
        <source>Layer %1, unit %2: non-zero on %3 % of the training samples</source>
        <translation>第 %1 层，神经元 %2：在 %3% 的训练样本上非零</translation>
    </message>
    <message>
        <source>Inactive everywhere: its pre-activation is ≤ 0 for every sample, but it is still trainable.</source>
        <translation>处处不激活：对所有样本的预激活值均 ≤ 0，但仍可训练。</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>off</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Dead: its output is 0 for every training sample, so its own weights get no gradient; it can revive when earlier layers move its inputs.</source>
        <translation>死亡：它对每个训练样本的输出都是 0，它自己的权重得不到梯度；前面的层改变它的输入时，它可能复活。</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingBanner</name>
    <message>
        <source>Reset network</source>
        <translation>重置网络</translation>
    </message>
    <message>
        <source>Born dead: hidden layer %1 outputs zero for every sample from the start. The network is a constant and no gradient can reach the layers below.</source>
        <translation>初始即死亡：隐藏层 %1 从一开始就对所有样本输出零。网络退化为常数，梯度无法传到其下方的各层。</translation>
    </message>
    <message>
        <source>Born dead: the network is a constant from the start.</source>
        <translation>初始即死亡：网络从一开始就是常数。</translation>
    </message>
    <message>
        <source>The data set cannot be made; see the Data panel.</source>
        <translation>无法生成数据集；请查看“数据”面板。</translation>
    </message>
    <message>
        <source>Back to the last finite weights, learning rate ÷ 10</source>
        <translation>回到最后一组有限的权重，学习率 ÷ 10</translation>
    </message>
    <message>
        <source>Alive again: the network was born dead, but now every hidden layer passes a signal on, so the gradient reaches all layers and it learns.</source>
        <translation>已复活：网络初始即死亡，但现在每个隐藏层都能向后传递信号，梯度能到达所有层，网络正在学习。</translation>
    </message>
    <message>
        <source>This data cannot be used: %1 Training is off until valid data is chosen.</source>
        <translation>无法使用此数据：%1在选择有效数据之前无法训练。</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingControlBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>Stop after:</source>
        <translation>自动停止：</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮后</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Test accuracy %1 %</source>
        <translation>测试准确率 %1%</translation>
    </message>
    <message>
        <source>Training accuracy %1 %</source>
        <translation>训练准确率 %1%</translation>
    </message>
    <message>
        <source>Loss: training %1, test %2</source>
        <translation>损失：训练 %1，测试 %2</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>训练损失 %1</translation>
    </message>
    <message>
        <source>Pause automatically after this many epochs</source>
        <translation>训练到这么多轮后自动暂停</translation>
    </message>
    <message>
        <source>Epochs per second (an epoch is one pass over the training set); full speed trains as fast as the machine allows</source>
        <translation>每秒轮数（一轮即遍历一次训练集）；全速则以机器允许的最快速度训练</translation>
    </message>
    <message>
        <source>Train one epoch, one pass over the training set (→ or Page Down)</source>
        <translation>训练一轮，即遍历一次训练集（→ 或 Page Down）</translation>
    </message>
    <message>
        <source>A fresh network from the seed (R); Ctrl+Z undoes it</source>
        <translation>按种子重建网络（R）；Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>每秒 1 轮</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>每秒 %1 轮</translation>
    </message>
    <message>
        <source>Before training: accuracy %1 %</source>
        <translation>训练前准确率 %1%</translation>
    </message>
    <message>
        <source>Epoch %1 · step %2/%3</source>
        <translation>第 %1 轮 · 第 %2/%3 步</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingWorker</name>
    <message>
        <source>Out of memory: this computer cannot hold the network and the data set, so training stopped. Choose fewer samples or fewer, narrower hidden layers (a run is at most %1 samples × hidden units).</source>
        <translation>内存不足：这台计算机容纳不下该网络和数据集，训练已停止。请减少样本数，或减少隐藏层的层数和宽度（一次运行最多 %1 个“样本 × 隐藏神经元”）。</translation>
    </message>
</context>
<context>
    <name>ReluLab::UnitInspector</name>
    <message>
        <source>Before training (epoch 0)</source>
        <translation>训练前（第 0 轮）</translation>
    </message>
    <message>
        <source>After epoch %1</source>
        <translation>第 %1 轮之后</translation>
    </message>
    <message>
        <source>Epoch %1, step %2 of %3</source>
        <translation>第 %1 轮，第 %2/%3 步</translation>
    </message>
    <message>
        <source>Active on %1 % of the training samples (%2 of %3): its output is not 0 there</source>
        <translation>在 %1 % 的训练样本上激活（%3 个中的 %2 个）：在这些样本上它的输出不为 0</translation>
    </message>
    <message>
        <source>Pre-activation z = w·x + b over the training set: min %1, mean %2, max %3</source>
        <translation>训练集上的预激活值 z = w·x + b：最小 %1，平均 %2，最大 %3</translation>
    </message>
    <message>
        <source>Measuring layer %1, unit %2…</source>
        <translation>正在测量第 %1 层第 %2 个神经元…</translation>
    </message>
    <message>
        <source>Its %1 incoming weights as a %2 × %3 image (its receptive field; orange positive, blue negative); bias %4</source>
        <translation>它的 %1 个输入权重画成 %2 × %3 的图像（即它的感受野；橙色为正，蓝色为负）；偏置 %4</translation>
    </message>
    <message>
        <source>Born dead: its output was 0 for every sample before the first step.</source>
        <translation>初始即死亡：在第一步之前，它对每个样本的输出都是 0。</translation>
    </message>
    <message>
        <source>Died at epoch %1.</source>
        <translation>在第 %1 轮死亡。</translation>
    </message>
    <message>
        <source>Came back (revived) at epoch %1.</source>
        <translation>在第 %1 轮复活。</translation>
    </message>
    <message>
        <source>Dead now: its weights get no gradient.</source>
        <translation>现在已死亡：它的权重得不到梯度。</translation>
    </message>
    <message>
        <source>Alive now.</source>
        <translation>现在是活的。</translation>
    </message>
    <message>
        <source>Layer %1: %2 of %3 units dead, %4 born dead, %5 revived; sparsity %6 %</source>
        <translation>第 %1 层：%3 个神经元中 %2 个死亡，%4 个初始即死亡，%5 个复活；稀疏性 %6 %</translation>
    </message>
    <message>
        <source>Unit inspector</source>
        <translation>神经元查看器</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>神经元(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>网络输出</translation>
    </message>
    <message>
        <source>units, most active first</source>
        <translation>神经元（按激活程度从高到低）</translation>
    </message>
    <message>
        <source>units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>dead since the start</source>
        <translation>从一开始就死亡</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>复活</translation>
    </message>
    <message>
        <source>Its incoming weights, one bar per input (%1; up positive, down negative); bias %2</source>
        <translation>它的输入权重，每个输入一根柱条（共 %1 个；向上为正，向下为负）；偏置 %2</translation>
    </message>
    <message>
        <source>active (%)</source>
        <translation>激活 (%)</translation>
    </message>
    <message>
        <source>active samples of this unit</source>
        <translation>这个神经元激活的样本</translation>
    </message>
    <message>
        <source>this unit: output weight × a(x)</source>
        <translation>这个神经元：输出权重 × a(x)</translation>
    </message>
    <message>
        <source>(This run is long: the lab keeps one epoch in %1, so these epochs are accurate to within %1.)</source>
        <translation>（这次训练很长：实验室每 %1 轮只保留一轮，所以上面的轮次误差在 %1 轮以内。）</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>This is a session, not a scenario: it has no &quot;scenario&quot; block.</source>
        <translation>这是一个会话文件，不是场景：其中没有 &quot;scenario&quot; 部分。</translation>
    </message>
    <message>
        <source>scenario.id: expected 1 to 64 lowercase letters, digits or underscores</source>
        <translation>scenario.id：应为 1 到 64 个小写字母、数字或下划线</translation>
    </message>
    <message>
        <source>scenario.order: expected a number from 0 to 1000000</source>
        <translation>scenario.order：应为 0 到 1000000 之间的数</translation>
    </message>
    <message>
        <source>scenario.title: expected a text or {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} texts</source>
        <translation>scenario.title：应为一段文字，或 {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} 三种语言的文字</translation>
    </message>
    <message>
        <source>scenario.explanation: expected a text or {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} texts</source>
        <translation>scenario.explanation：应为一段文字，或 {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} 三种语言的文字</translation>
    </message>
    <message>
        <source>scenario.born_dead_count: expected true or false</source>
        <translation>scenario.born_dead_count：应为 true 或 false</translation>
    </message>
    <message>
        <source>scenario.contrasts: expected a list of at most %1 contrasts</source>
        <translation>scenario.contrasts：应为最多 %1 个对照设置的列表</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a scenario</source>
        <translation>%1 太大，不可能是场景文件</translation>
    </message>
    <message>
        <source>A scenario needs a title.</source>
        <translation>场景需要一个标题。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>scenario.view: expected one of %1</source>
        <translation>scenario.view：应为以下之一：%1</translation>
    </message>
    <message>
        <source>scenario.focus_layer: expected a hidden layer from 1 to %1</source>
        <translation>scenario.focus_layer：应为 1 到 %1 之间的隐藏层</translation>
    </message>
    <message>
        <source>%1: expected {&quot;title&quot;: ..., &quot;config&quot;: {...}}</source>
        <translation>%1：应为 {&quot;title&quot;: ..., &quot;config&quot;: {...}}</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>Written by ReLU Lab: the trained network&apos;s forward pass in NumPy.
Reads one input row per line on standard input (%1 comma-separated numbers, as the network
sees them) and prints the same CSV as `relulab predict`.</source>
        <translation>由 ReLU 实验室生成：训练后网络的 NumPy 前向传播。
从标准输入每行读取一个输入行（%1 个逗号分隔的数字，即网络看到的值），
输出与 `relulab predict` 相同的 CSV。</translation>
    </message>
    <message>
        <source>Each hidden layer: z = x W^T + b, then the activation; the output layer is linear.</source>
        <translation>每个隐藏层：z = x W^T + b，然后是激活函数；输出层是线性的。</translation>
    </message>
    <message>
        <source>Classification: the class with the largest probability, then the softmax probabilities.</source>
        <translation>分类：概率最大的类别，然后是 softmax 概率。</translation>
    </message>
    <message>
        <source>Regression: the network&apos;s output.</source>
        <translation>回归：网络的输出。</translation>
    </message>
    <message>
        <source>The trained parameters (PyTorch&apos;s layout: weight = out x in).</source>
        <translation>训练后的参数（PyTorch 的布局：weight = 输出 x 输入）。</translation>
    </message>
    <message>
        <source>Written by ReLU Lab: the network of the lab, trained in PyTorch.
It prints the same CSV rows as `relulab train` with the same options: one row per epoch,
epoch 0 (or the epoch a saved run stopped at) first. Run it with: python3 %1</source>
        <translation>由 ReLU 实验室生成：实验室中的网络，用 PyTorch 训练。
它输出与使用相同选项的 `relulab train` 相同的 CSV 行：每轮（epoch）一行，
先是第 0 轮（或已保存的运行停止时的那一轮）。运行方式：python3 %1</translation>
    </message>
    <message>
        <source>CPU, one thread, and the network&apos;s float type: the same arithmetic as the lab.</source>
        <translation>CPU、单线程、网络的浮点类型：与实验室相同的运算。</translation>
    </message>
    <message>
        <source>the L1 activity penalty&apos;s lambda</source>
        <translation>L1 激活惩罚的 lambda</translation>
    </message>
    <message>
        <source>The lab&apos;s random numbers: xoshiro256** (seeded from --seed by SplitMix64; the state below
is the one after the initial weights were drawn). Each epoch shuffles the training
set with a Fisher-Yates shuffle whose draws are Lemire&apos;s unbiased below(n).</source>
        <translation>实验室的随机数：xoshiro256**（由 SplitMix64 从 --seed 生成种子；下面的状态是
抽取初始权重之后的状态）。每轮用 Fisher-Yates 洗牌打乱训练集，
其抽样是 Lemire 的无偏 below(n)。</translation>
    </message>
    <message>
        <source>The network: Linear layers with each hidden layer&apos;s activation, a linear output.</source>
        <translation>网络：Linear 层加上各隐藏层的激活函数，线性输出。</translation>
    </message>
    <message>
        <source>The exact starting weights (and PReLU slopes) of the lab.</source>
        <translation>实验室中精确的初始权重（以及 PReLU 斜率）。</translation>
    </message>
    <message>
        <source>Every hidden layer&apos;s pre-activations z and outputs a, and the network&apos;s output.</source>
        <translation>每个隐藏层的预激活 z 和输出 a，以及网络的输出。</translation>
    </message>
    <message>
        <source>The loss: softmax cross-entropy, the mean over samples.</source>
        <translation>损失：softmax 交叉熵，对样本取平均。</translation>
    </message>
    <message>
        <source>The loss: mean squared error over all outputs.</source>
        <translation>损失：对所有输出的均方误差。</translation>
    </message>
    <message>
        <source>The learning rate&apos;s schedule: the factor of the base rate after `epoch` completed epochs.
The lab&apos;s own formula, set into the optimiser at the start of every epoch.</source>
        <translation>学习率调度：完成 `epoch` 轮之后基础学习率的倍数。
这是实验室自己的公式，在每轮开始时写入优化器。</translation>
    </message>
    <message>
        <source>Diagnostics over the whole training set (evaluation mode):
sparsity = the share of activations exactly 0; a dead unit outputs exactly 0 for every
training sample; an inactive unit&apos;s pre-activation is &lt;= 0 for every training sample;
gradient norms are those of the mean data loss (no penalty) with respect to each weight matrix.</source>
        <translation>在整个训练集上的诊断（评估模式）：
稀疏性 = 恰好为 0 的激活值所占比例；死亡神经元对每个训练样本的输出都恰好为 0；
未激活的神经元对每个训练样本的预激活都 &lt;= 0；
梯度范数是平均数据损失（不含惩罚）对每个权重矩阵的梯度范数。</translation>
    </message>
    <message>
        <source>Training: the same optimiser as the lab (torch.optim), the same minibatches in the same order,
the data loss plus the L1 penalty lambda * sum|a| / batch size over every hidden layer.</source>
        <translation>训练：与实验室相同的优化器（torch.optim），相同顺序的相同小批量，
数据损失加上所有隐藏层的 L1 惩罚 lambda * sum|a| / 批量大小。</translation>
    </message>
    <message>
        <source>A saved run continues with the optimiser&apos;s own state.</source>
        <translation>已保存的运行从优化器自身的状态继续。</translation>
    </message>
    <message>
        <source>The numbers: the run&apos;s state, the starting parameters (PyTorch&apos;s layout, weight = out x in)
and the data split exactly as the lab made it.</source>
        <translation>数值：运行的状态、初始参数（PyTorch 的布局，weight = 输出 x 输入）
以及与实验室完全相同的数据划分。</translation>
    </message>
    <message>
        <source>hidden layer %1&apos;s activation &apos;%2&apos; has no module in PyTorch (torch.nn), so it cannot be exported as a PyTorch script</source>
        <translation>隐藏层 %1 的激活函数 &apos;%2&apos; 在 PyTorch（torch.nn）中没有对应的模块，因此无法导出为 PyTorch 脚本</translation>
    </message>
    <message>
        <source>hidden layer %1&apos;s activation &apos;%2&apos; has no NumPy form</source>
        <translation>隐藏层 %1 的激活函数 &apos;%2&apos; 没有 NumPy 形式</translation>
    </message>
    <message>
        <source>RReLU draws a random negative slope for every activation in training; PyTorch draws them from
its own generator, not the lab&apos;s, so this training cannot be identical to the lab&apos;s (the
rows differ). Evaluation uses the fixed slope (lower + upper) / 2 in both.</source>
        <translation>RReLU 在训练中为每个激活值随机抽取一个负半轴斜率；PyTorch 从
它自己的随机数生成器中抽取，而不是实验室的，因此这里的训练无法与实验室的完全相同
（各行会不同）。评估时两者都使用固定斜率 (lower + upper) / 2。</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>unknown data set &quot;%1&quot;</source>
        <translation>未知数据集“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activation id</source>
        <translation>“%1”不是激活函数 ID</translation>
    </message>
    <message>
        <source>more than %1 parameters</source>
        <translation>参数超过 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>“%1”不是参数名</translation>
    </message>
    <message>
        <source>%1 activations for %2 hidden layers (give one, or one per layer)</source>
        <translation>%2 个隐藏层却给了 %1 个激活函数（请给一个，或每层一个）</translation>
    </message>
    <message>
        <source>expected &quot;pytorch_default&quot; or a number</source>
        <translation>应为 &quot;pytorch_default&quot; 或数字</translation>
    </message>
    <message>
        <source>no layers</source>
        <translation>没有任何层</translation>
    </message>
    <message>
        <source>empty matrix</source>
        <translation>矩阵为空</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>more than %1 weights in the file</source>
        <translation>文件中的权重超过 %1 个</translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2</source>
        <translation>有 %1 个值，但第一行有 %2 个</translation>
    </message>
    <message>
        <source>not a ReLU Lab session (&quot;format&quot; is not &quot;relulab-session&quot;)</source>
        <translation>不是 ReLU Lab 会话文件（&quot;format&quot; 不是 &quot;relulab-session&quot;）</translation>
    </message>
    <message>
        <source>the session was written by a newer ReLU Lab (format version %1; this version reads up to %2)</source>
        <translation>此会话由更新版本的 ReLU Lab 写入（格式版本 %1；当前版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>layer %1 has weights that are not finite numbers (the training diverged); save without weights or reset</source>
        <translation>第 %1 层的权重不是有限数值（训练已发散）；请在保存时不含权重，或先重置</translation>
    </message>
    <message>
        <source>%1: cannot be saved (%2)</source>
        <translation>%1：无法保存（%2）</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 16 hexadecimal digits</source>
        <translation>“%1”不是 16 位十六进制数字</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a training state needs the weights it belongs to</source>
        <translation>训练状态需要与之对应的权重</translation>
    </message>
    <message>
        <source>%1 optimiser steps, but the run took only %2</source>
        <translation>优化器步数为 %1，但训练只进行了 %2 步</translation>
    </message>
    <message>
        <source>%1 words, but the generator has 4</source>
        <translation>%1 个 64 位状态字，但生成器有 4 个</translation>
    </message>
    <message>
        <source>all zero, a state the generator never reaches</source>
        <translation>全为零，生成器永远不会到达这一状态</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数</translation>
    </message>
    <message>
        <source>%1 values, but the network has %2 parameters</source>
        <translation>%1 个值，但网络有 %2 个参数</translation>
    </message>
    <message>
        <source>a mean of squares cannot be negative</source>
        <translation>平方的均值不能为负</translation>
    </message>
    <message>
        <source>%1 values, but the network has %2 weight matrices</source>
        <translation>%1 个值，但网络有 %2 个权重矩阵</translation>
    </message>
</context>
</TS>
