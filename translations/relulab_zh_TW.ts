<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Cli</name>
    <message>
        <source>moons, circles, xor, spiral, blobs, sine, digits, or a CSV file (x1,...,label)</source>
        <translation>moons、circles、xor、spiral、blobs、sine、digits，或一個 CSV 檔案（x1,...,label）</translation>
    </message>
    <message>
        <source>number of generated samples (default 1000)</source>
        <translation>產生的樣本數（預設 1000）</translation>
    </message>
    <message>
        <source>generator noise, standard deviation (default 0.1)</source>
        <translation>產生資料時雜訊的標準差（預設 0.1）</translation>
    </message>
    <message>
        <source>blobs: number of classes, 2 to 5 (default 3)</source>
        <translation>blobs：類別數，2 到 5（預設 3）</translation>
    </message>
    <message>
        <source>share of samples held out for testing; 0 trains on all (default 0.25)</source>
        <translation>保留作為測試的樣本比例；0 表示全部用於訓練（預設 0.25）</translation>
    </message>
    <message>
        <source>scale each feature to zero mean and unit variance</source>
        <translation>將每個特徵標準化為零平均值、單位變異數</translation>
    </message>
    <message>
        <source>hidden layer widths, 1 to 512 each, or &apos;none&apos; (default 64,64)</source>
        <translation>各隱藏層的寬度，每層 1 到 512，或 &apos;none&apos;（預設 64,64）</translation>
    </message>
    <message>
        <source>activation for all hidden layers, or one per layer (default relu)</source>
        <translation>所有隱藏層共用的激活函數，或每層各指定一個（預設 relu）</translation>
    </message>
    <message>
        <source>activation parameter by its PyTorch name (repeatable)</source>
        <translation>以 PyTorch 中的名稱指定激活函數參數（可重複）</translation>
    </message>
    <message>
        <source>one learnable PReLU slope per layer or per unit</source>
        <translation>PReLU 可學習斜率：每層一個或每個神經元一個</translation>
    </message>
    <message>
        <source>pytorch_default, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, orthogonal, rai</source>
        <translation>pytorch_default, xavier_uniform, xavier_normal, he_uniform, he_normal, lecun_normal, orthogonal, rai</translation>
    </message>
    <message>
        <source>hidden biases: a constant, or PyTorch&apos;s default</source>
        <translation>隱藏層偏置：一個常數，或 PyTorch 的預設值</translation>
    </message>
    <message>
        <source>optimiser, with torch.optim&apos;s semantics (default sgd)</source>
        <translation>最佳化器，語意與 torch.optim 相同（預設 sgd）</translation>
    </message>
    <message>
        <source>learning rate (default 0.1)</source>
        <translation>學習率（預設 0.1）</translation>
    </message>
    <message>
        <source>momentum for sgd and rmsprop (default 0)</source>
        <translation>sgd 與 rmsprop 的動量（預設 0）</translation>
    </message>
    <message>
        <source>Nesterov momentum (sgd)</source>
        <translation>Nesterov 動量（sgd）</translation>
    </message>
    <message>
        <source>L2 weight decay added to the gradient (default 0)</source>
        <translation>加到梯度上的 L2 權重衰減（預設 0）</translation>
    </message>
    <message>
        <source>learning-rate schedule (default constant)</source>
        <translation>學習率排程方式（預設 constant）</translation>
    </message>
    <message>
        <source>step schedule: epochs between decays (default 30)</source>
        <translation>step 排程：每隔幾個訓練週期衰減一次（預設 30）</translation>
    </message>
    <message>
        <source>step schedule: decay factor (default 0.1)</source>
        <translation>step 排程：衰減係數（預設 0.1）</translation>
    </message>
    <message>
        <source>L1 penalty on hidden activations (default 0)</source>
        <translation>對隱藏層激活值的 L1 懲罰（預設 0）</translation>
    </message>
    <message>
        <source>minibatch size; 0 = full batch (default 32)</source>
        <translation>小批次大小；0 表示全批次（預設 32）</translation>
    </message>
    <message>
        <source>epochs to train (default 100)</source>
        <translation>訓練週期數（預設 100）</translation>
    </message>
    <message>
        <source>seed of the initialisation, shuffling and data (default 1)</source>
        <translation>初始化、資料洗牌與資料產生所用的亂數種子（預設 1）</translation>
    </message>
    <message>
        <source>float32 (default) or float64 arithmetic</source>
        <translation>使用 float32（預設）或 float64 運算</translation>
    </message>
    <message>
        <source>start from these weights: {&quot;layers&quot;: [{&quot;weight&quot;: [[...]], &quot;bias&quot;: [...]}]}</source>
        <translation>從這些權重開始訓練：{&quot;layers&quot;: [{&quot;weight&quot;: [[...]], &quot;bias&quot;: [...]}]}</translation>
    </message>
    <message>
        <source>save the session with the trained weights</source>
        <translation>儲存工作階段及訓練後的權重</translation>
    </message>
    <message>
        <source>output format (default csv)</source>
        <translation>輸出格式（預設 csv）</translation>
    </message>
    <message>
        <source>line %1 of the input is not a number: &apos;%2&apos;</source>
        <translation>輸入的第 %1 行不是數字：&apos;%2&apos;</translation>
    </message>
    <message>
        <source>--dtype must be f64 or f32</source>
        <translation>--dtype 必須為 f64 或 f32</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number</source>
        <translation>--seed 需要一個非負整數</translation>
    </message>
    <message>
        <source>only one activation can be evaluated, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>只能計算一個激活函數，但給了 &apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;. Known activations: %2</source>
        <translation>未知的激活函數 &apos;%1&apos;。可用的激活函數：%2</translation>
    </message>
    <message>
        <source>--training applies only to activations with a training mode (rrelu)</source>
        <translation>--training 僅適用於具有訓練模式的激活函數（rrelu）</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos; (relulab scenario --list).</source>
        <translation>未知的情境 &apos;%1&apos;（relulab scenario --list 列出所有情境）。</translation>
    </message>
    <message>
        <source>--theme takes &apos;light&apos;, &apos;dark&apos; or &apos;high_contrast&apos;.</source>
        <translation>--theme 只接受 &apos;light&apos;、&apos;dark&apos; 或 &apos;high_contrast&apos;。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>多餘的參數 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>%1 needs a finite number, not &apos;%2&apos;.</source>
        <translation>%1 需要有限的數值，而非 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use en, zh_CN or zh_TW.</source>
        <translation>未知的語言 &apos;%1&apos;：請使用 en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>--dpi needs a whole number from 24 to 1200, not &apos;%1&apos;.</source>
        <translation>--dpi 需要介於 24 到 1200 之間的整數，而非 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>only one activation can be drawn; use --overlay for &apos;%1&apos;.</source>
        <translation>只能繪製一個激活函數；請用 --overlay 加入 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>no output file given (--out FILE.png|svg|pdf).</source>
        <translation>未指定輸出檔案（--out FILE.png|svg|pdf）。</translation>
    </message>
    <message>
        <source>the output file must end in .png, .svg or .pdf: &apos;%1&apos;.</source>
        <translation>輸出檔名必須以 .png、.svg 或 .pdf 結尾：&apos;%1&apos;。</translation>
    </message>
    <message>
        <source>--xmin and --xmax go together.</source>
        <translation>--xmin 與 --xmax 必須同時指定。</translation>
    </message>
    <message>
        <source>--xmin must be smaller than --xmax.</source>
        <translation>--xmin 必須小於 --xmax。</translation>
    </message>
    <message>
        <source>at most six overlays can be drawn.</source>
        <translation>最多只能繪製六條疊加曲線。</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>顯示本說明</translation>
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
        <translation>relulab: 初始權重與網路結構不符：%1
</translation>
    </message>
    <message>
        <source>relulab: cannot save %1: %2
</source>
        <translation>relulab: 無法儲存 %1：%2
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
        <translation>relulab train: --%1 需要大於或等於 %2 的整數，但收到 &apos;%3&apos;
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
        <translation>激活函數及其參數（--param NAME=VALUE；數字以 &apos;.&apos; 作小數點，
選項值寫名稱或序號，開關寫 true、false、1 或 0）：
</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>預設 %1</translation>
    </message>
    <message>
        <source>relulab train: --param: %1
</source>
        <translation>relulab train: --param: %1
</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT from %1x%2 (smaller is not readable) to %3x%3, not &apos;%4&apos;.</source>
        <translation>--size 需要 寬x高，從 %1x%2（更小則無法閱讀）到 %3x%3，而不是「%4」。</translation>
    </message>
    <message>
        <source>the x range %1 to %2 is outside what can be drawn: --xmin and --xmax must lie within -%3 and %3.</source>
        <translation>x 範圍 %1 到 %2 超出可繪製的範圍：--xmin 與 --xmax 必須在 -%3 與 %3 之間。</translation>
    </message>
    <message>
        <source>the x range %1 to %2 is too narrow to draw: it must be at least %3 wide.</source>
        <translation>x 範圍 %1 到 %2 太窄，無法繪製：寬度至少為 %3。</translation>
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
        <translation>relulab train：--save 需要一個檔案名稱
</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos;.</source>
        <translation>執行 &apos;%1 --help&apos; 查看說明。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set a parameter by its PyTorch name, e.g. negative_slope=0.1 (repeatable)</source>
        <translation>依 PyTorch 中的參數名稱設定參數，例如 negative_slope=0.1（可重複使用）</translation>
    </message>
    <message>
        <source>compute in double (default) or in float as PyTorch float32</source>
        <translation>以 double（預設）或與 PyTorch float32 相同的 float 精度計算</translation>
    </message>
    <message>
        <source>rrelu only: random slopes in [lower, upper] (training mode)</source>
        <translation>僅用於 rrelu：在 [lower, upper] 中隨機取斜率（訓練模式）</translation>
    </message>
    <message>
        <source>seed of the random slopes of --training (default 0)</source>
        <translation>--training 隨機斜率的種子（預設 0）</translation>
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

從標準輸入讀取 x 值，每行一個（十進位數、C99 十六進位浮點數如
0x1.8p+1、inf、-inf 或 nan），以 CSV 格式輸出，表頭為 x,value,grad,grad2：
即 f(x)、f&apos;(x) 和 f&apos;&apos;(x)，保留 17 位有效數字，每個輸入對應一行。

選項：
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 2 on an unknown activation or parameter, a value outside
its valid range, or an input line that is not a number.
</source>
        <translation>
結束狀態：成功時為 0；激活函數或參數未知、數值超出有效範圍，
或某個輸入行不是數字時為 2。
</translation>
    </message>
    <message>
        <source>no activation given.</source>
        <translation>未指定激活函數。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>未知的指令 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>set a parameter (PyTorch&apos;s name); repeatable</source>
        <translation>設定參數（使用 PyTorch 中的名稱）；可重複使用</translation>
    </message>
    <message>
        <source>add an overlay curve (at most six); repeatable</source>
        <translation>加入疊加曲線（最多六條）；可重複使用</translation>
    </message>
    <message>
        <source>also draw f&apos;</source>
        <translation>同時繪製 f&apos;</translation>
    </message>
    <message>
        <source>also draw f&apos;&apos;</source>
        <translation>同時繪製 f&apos;&apos;</translation>
    </message>
    <message>
        <source>the left end of the x range (default -5)</source>
        <translation>x 範圍的左端（預設 -5）</translation>
    </message>
    <message>
        <source>the right end (default 5; within -1e6 to 1e6, at least 1e-6 wide)</source>
        <translation>右端（預設 5；在 -1e6 到 1e6 之間，寬度至少 1e-6）</translation>
    </message>
    <message>
        <source>language of the labels (default en)</source>
        <translation>標籤語言（預設 en）</translation>
    </message>
    <message>
        <source>layout size in pixels (default 1200x800, at least 320x240)</source>
        <translation>版面尺寸，單位為像素（預設 1200x800，至少 320x240）</translation>
    </message>
    <message>
        <source>resolution of PNG output (default 96)</source>
        <translation>PNG 輸出的解析度（預設 96）</translation>
    </message>
    <message>
        <source>the figure: .png, .svg or .pdf</source>
        <translation>輸出的圖形：.png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>Usage: relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf

Draws the explorer&apos;s plot of an activation to a file.

Options:
</source>
        <translation>用法：relulab render ACTIVATION [OPTIONS] --out FILE.png|svg|pdf

將探索器中的激活函數圖形繪製到檔案。

選項：
</translation>
    </message>
    <message>
        <source>list the scenarios</source>
        <translation>列出所有情境</translation>
    </message>
    <message>
        <source>run with the scenario&apos;s N-th contrasting activation (1, 2, ...)</source>
        <translation>改用該情境的第 N 個對照激活函數執行（1、2、...）</translation>
    </message>
    <message>
        <source>train for N epochs instead of the scenario&apos;s number</source>
        <translation>訓練 N 個週期，而非情境預設的週期數</translation>
    </message>
    <message>
        <source>use another seed</source>
        <translation>使用另一個亂數種子</translation>
    </message>
    <message>
        <source>Usage: relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]
       relulab scenario --list

Run a classroom scenario and print one row per epoch, as &apos;relulab train&apos; does.

Options:
</source>
        <translation>用法：relulab scenario NAME [--contrast N] [--epochs N] [--seed N] [--format csv|json]
      relulab scenario --list

執行一個課堂情境，並如同 &apos;relulab train&apos; 每個訓練週期輸出一行。

選項：
</translation>
    </message>
    <message>
        <source>--%1 expects a whole number &gt;= 0, got &apos;%2&apos;.</source>
        <translation>--%1 需要大於或等於 0 的整數，但收到 &apos;%2&apos;。</translation>
    </message>
    <message>
        <source>--format expects csv or json, got &apos;%1&apos;.</source>
        <translation>--format 只能是 csv 或 json，但收到 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>name a scenario (relulab scenario --list).</source>
        <translation>請指定一個情境（relulab scenario --list 列出所有情境）。</translation>
    </message>
    <message>
        <source>%1 has %2 contrasting activations.</source>
        <translation>%1 只有 %2 個對照激活函數。</translation>
    </message>
    <message>
        <source>a CSV file&apos;s last column: class numbers 0, 1, ... or real targets (default auto: classes when every label is a whole number)</source>
        <translation>CSV 檔案的最後一欄：類別編號 0, 1, ... 或實數目標值（預設 auto：每個標籤都是整數時視為類別）</translation>
    </message>
    <message>
        <source>relulab train: --task applies to a CSV file, not to the data set &apos;%1&apos;
</source>
        <translation>relulab train: --task 只適用於 CSV 檔案，不適用於資料集 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>relulab %1: out of memory: this machine cannot hold the run. Use fewer samples or fewer, narrower hidden layers (a run is at most %2 samples × hidden units).
</source>
        <translation>relulab %1：記憶體不足：這台電腦容納不下這次執行。請減少樣本數，或減少隱藏層的層數和寬度（一次執行最多 %2 個「樣本 × 隱藏神經元」）。
</translation>
    </message>
    <message>
        <source>relulab eval: cannot create a temporary file
</source>
        <translation>relulab eval：無法建立暫存檔
</translation>
    </message>
    <message>
        <source>relulab eval: cannot write a temporary file
</source>
        <translation>relulab eval：無法寫入暫存檔
</translation>
    </message>
    <message>
        <source>cosine schedule: epochs it anneals over, T_max (default: --epochs)</source>
        <translation>cosine 排程：退火所跨的訓練週期數 T_max（預設：--epochs）</translation>
    </message>
    <message>
        <source>continue a saved session where it stopped (options given here override it)</source>
        <translation>從已儲存的工作階段停下的地方繼續訓練（此處給出的選項會覆蓋工作階段中的設定）</translation>
    </message>
    <message>
        <source>relulab: the saved training state does not fit the run: %1
</source>
        <translation>relulab: 儲存的訓練狀態與本次執行不符：%1
</translation>
    </message>
    <message>
        <source>write only this language (default: all four, each under a heading)</source>
        <translation>只輸出這一種語言（預設：四種都輸出，各有標題）</translation>
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

以程式碼形式輸出取這些參數值的激活函數：PyTorch（模組和函式）、Keras 3、
NumPy（f 及其導數 df）以及 ReLU Lab 自己的 C++ 核心，與探索頁的「程式碼」
分頁所顯示的相同。註解的語言依 LANG 而定。

選項：
</translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 2 on an unknown activation, parameter or language, or a
value outside its valid range.
</source>
        <translation>
結束狀態：成功為 0；激活函數、參數或語言不明，或數值超出有效範圍時為 2。
</translation>
    </message>
    <message>
        <source>unknown activation &apos;%1&apos;</source>
        <translation>不明的激活函數「%1」</translation>
    </message>
    <message>
        <source>--lang must be pytorch, keras, numpy or cpp</source>
        <translation>--lang 必須是 pytorch、keras、numpy 或 cpp</translation>
    </message>
    <message>
        <source>the script to write (required)</source>
        <translation>要寫入的指令碼（必要）</translation>
    </message>
    <message>
        <source>language of the script&apos;s comments (default: the command line&apos;s)</source>
        <translation>指令碼註解的語言（預設：命令列的語言）</translation>
    </message>
    <message>
        <source>the saved session whose network to export</source>
        <translation>要匯出其網路的已儲存工作階段</translation>
    </message>
    <message>
        <source>relulab %1: cannot write %2: %3
</source>
        <translation>relulab %1：無法寫入 %2：%3
</translation>
    </message>
    <message>
        <source>--out FILE.py is required.</source>
        <translation>必須指定 --out FILE.py。</translation>
    </message>
    <message>
        <source>Usage: relulab export-pytorch [OPTIONS of relulab train | --session FILE.json] --out run.py

Write a PyTorch script that trains the same network on the same data split with
the same optimiser, schedule and minibatch order, and prints the same rows as
`relulab train` with these options (--save and --format do not apply).

Options:
</source>
        <translation>用法：relulab export-pytorch [relulab train 的選項 | --session FILE.json] --out run.py

寫出一個 PyTorch 指令碼：它以相同的資料切分、相同的最佳化器、學習率排程與小批次順序
訓練同一個網路，並輸出與使用這些選項的 `relulab train` 相同的列
（--save 與 --format 不適用）。

選項：
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

寫出一個內嵌該工作階段訓練後權重的 NumPy 指令碼：`python3 net.py &lt; inputs.csv`
的輸出與 `relulab predict --session FILE.json &lt; inputs.csv` 相同。

選項：
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
        <translation>用其網路作答的已儲存工作階段</translation>
    </message>
    <message>
        <source>--session FILE.json is required.</source>
        <translation>必須指定 --session FILE.json。</translation>
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
        <translation>relulab %1：%2 中沒有權重（請在訓練後儲存工作階段）
</translation>
    </message>
    <message>
        <source>relulab %1: the session&apos;s weights do not fit its network: %2
</source>
        <translation>relulab %1：工作階段中的權重與其網路不符：%2
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

從標準輸入每行讀取一個輸入列（逗號分隔、使用小數點的數字，每個輸入特徵一個，
即網路看到的值：若該次執行對資料做了標準化，則為標準化後的值），並為每列輸出
預測的類別與各類別機率（class,p_0,p_1,...），迴歸時輸出預測值（value）。
輸入列不符合此格式時結束狀態為 1。

選項：
</translation>
    </message>
    <message>
        <source>relulab predict: line %1 has %2 values; the network expects %3 (numbers use a decimal point: 0.5, not 0,5)
</source>
        <translation>relulab predict：第 %1 行有 %2 個值；網路需要 %3 個（數字使用小數點：0.5，而不是 0,5）
</translation>
    </message>
    <message>
        <source>relulab predict: line %1, value %2: &apos;%3&apos; is not a finite number
</source>
        <translation>relulab predict：第 %1 行第 %2 個值：&apos;%3&apos; 不是有限數
</translation>
    </message>
    <message>
        <source>list the bundled lessons</source>
        <translation>列出內建課程</translation>
    </message>
    <message>
        <source>check a lesson file and run its steps without a window</source>
        <translation>檢查課程檔案，並在不開啟視窗的情況下執行其各個步驟</translation>
    </message>
    <message>
        <source>condition %1 reached at epoch %2</source>
        <translation>條件 %1 在第 %2 個訓練週期達到</translation>
    </message>
    <message>
        <source>condition %1 NOT reached within %2 epochs</source>
        <translation>條件 %1 在 %2 個訓練週期內未達到</translation>
    </message>
    <message>
        <source>the run diverged at epoch %1</source>
        <translation>訓練在第 %1 個訓練週期發散</translation>
    </message>
    <message>
        <source>epochs trained: %1, now at epoch %2</source>
        <translation>已訓練的訓練週期數：%1，現在位於第 %2 個訓練週期</translation>
    </message>
    <message>
        <source>give --list or --check FILE.</source>
        <translation>請給出 --list 或 --check FILE。</translation>
    </message>
    <message>
        <source>relulab lesson: %1
</source>
        <translation>relulab lesson：%1
</translation>
    </message>
    <message>
        <source>%1: %2 (steps: %3)</source>
        <translation>%1：%2（步驟數：%3）</translation>
    </message>
    <message>
        <source>note: some texts have no Chinese version; English is shown instead</source>
        <translation>注意：部分文字沒有中文版本，將以英文顯示</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>no Network Lab run</source>
        <translation>沒有網路實驗室訓練</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <source>new run</source>
        <translation>新的訓練</translation>
    </message>
    <message>
        <source>new run from scenario %1</source>
        <translation>來自情境 %1 的新訓練</translation>
    </message>
    <message>
        <source>switched to %1 after %2 epoch(s)</source>
        <translation>在 %2 個訓練週期後切換為 %1</translation>
    </message>
    <message>
        <source>answer to the question: %1</source>
        <translation>問題的答案：%1</translation>
    </message>
    <message>
        <source>claim %1 holds (measured %2)</source>
        <translation>宣稱 %1 成立（實測 %2）</translation>
    </message>
    <message>
        <source>claim %1 FAILS (measured %2)</source>
        <translation>宣稱 %1 不成立（實測 %2）</translation>
    </message>
    <message>
        <source>problems found: %1</source>
        <translation>發現的問題數：%1</translation>
    </message>
    <message>
        <source>every claim holds</source>
        <translation>所有宣稱均成立</translation>
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

ReLU Lab：神經網路激活函數互動式課程。
不帶指令執行時會開啟應用程式視窗。

指令：
  eval ACTIVATION      對從標準輸入讀取的 x 值計算 f、f&apos; 和 f&apos;&apos;
  render ACTIVATION    將激活函數圖繪製成 PNG、SVG 或 PDF 檔案
  train                訓練一個小型網路，每個訓練週期輸出一列 CSV
  scenario NAME        執行課堂情境（scenario --list 列出所有情境）
  code ACTIVATION      以 PyTorch、Keras、NumPy 和 C++ 程式碼輸出激活函數
  predict              已儲存網路對標準輸入中各輸入列的預測
  export-pytorch       寫出一個能完全相同地訓練該次執行的 PyTorch 指令碼
  export-numpy         寫出已儲存網路前向傳播的 NumPy 指令碼
  lesson               列出課程或檢查課程檔案

選項：
  -h, --help           顯示此說明
  -v, --version        顯示版本

執行 &apos;relulab COMMAND --help&apos; 以查看某個指令的選項。
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
視窗選項（不帶指令時）：
  relulab [OPTIONS] [SESSION.json]
  --workspace explorer|network|lessons
                                 開啟時顯示該工作區（探索器、網路實驗室或課程）
  --lesson ID|FILE               開啟一個課程（relulab lesson --list）
  --scenario ID                  開啟網路實驗室並載入一個課堂情境
  --theme light|dark|high_contrast
                                 使用該主題（淺色、深色或高對比）
  --presentation                 以簡報模式啟動（F11）
  SESSION.json                   開啟該網路實驗室工作階段
</translation>
    </message>
    <message>
        <source>--workspace takes &apos;explorer&apos;, &apos;network&apos; or &apos;lessons&apos;.</source>
        <translation>--workspace 只接受 &apos;explorer&apos;、&apos;network&apos; 或 &apos;lessons&apos;。</translation>
    </message>
    <message>
        <source>relulab export-pytorch: warning: RReLU&apos;s random slopes in training come from PyTorch&apos;s generator, not the lab&apos;s, so the script&apos;s rows will differ from relulab train&apos;s
</source>
        <translation>relulab export-pytorch：警告：RReLU 在訓練中的隨機斜率來自 PyTorch 的亂數產生器，而不是實驗室的，因此腳本輸出的列會與 relulab train 的不同
</translation>
    </message>
    <message>
        <source>also print unit I of hidden layer L (from 1) each epoch: its active fraction and pre-activation min, mean, max (repeatable)</source>
        <translation>每個訓練週期另外輸出第 L 個隱藏層的第 I 個神經元（從 1 數起）：激活比例以及預激活值的最小值、平均值、最大值（可重複）</translation>
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

訓練一個小型全連接網路，每個訓練週期輸出一行：
epoch,train_loss,test_loss,train_acc,test_acc,sparsity_1..L,dead_1..L,gradnorm_1..L+1,
learning_rate,inactive_1..L,revived_1..L[,unit_L_I_active,unit_L_I_pre_min,
unit_L_I_pre_mean,unit_L_I_pre_max，每個 --unit L:I 一組]
（epoch 0 = 訓練前）。選項或資料有誤時結束狀態為 2，訓練
發散（損失、梯度或權重為 NaN 或無限大，或損失超過訓練前的 1e6 倍）時為 3。

選項：
</translation>
    </message>
    <message>
        <source>relulab train: --unit expects LAYER:UNIT, two whole numbers from 1 (such as 1:3), got &apos;%1&apos;
</source>
        <translation>relulab train：--unit 需要 層:神經元，即兩個從 1 起的整數（例如 1:3），收到的是「%1」
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
        <translation>與 --check 一起使用：每個示範用 N 個種子各執行一次（1 到 100，預設 1）</translation>
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

列出內建課程，或檢查一個課程檔案：先讀取並驗證該檔案，
然後像課程分頁那樣執行每一步的網路實驗室狀態，並報告
每個條件和宣稱的效果。使用 --seeds N 時，每個新的訓練都以
其種子加 0 … N-1 重複執行（資料集保留自己的種子），宣稱必須
對每個種子都成立。所有宣稱成立時結束狀態為 0，有宣稱
不成立時為 1，檔案無法讀取時為 2。

選項：
</translation>
    </message>
    <message>
        <source>seed +%1: %2</source>
        <translation>種子 +%1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>claim %1 holds for every seed (measured %2)</source>
        <translation>宣稱 %1 對每個種子都成立（實測 %2）</translation>
    </message>
    <message>
        <source>claim %1 FAILS for %2 of %3 seeds (measured %4)</source>
        <translation>宣稱 %1 在 %3 個種子中有 %2 個不成立（實測 %4）</translation>
    </message>
    <message>
        <source>--seeds needs a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--seeds 需要 1 到 %1 之間的整數，而不是「%2」。</translation>
    </message>
</context>
<context>
    <name>CodeSnippets</name>
    <message>
        <source>Module: a layer object, e.g. inside torch.nn.Sequential</source>
        <translation>模組：一個層物件，例如放在 torch.nn.Sequential 中</translation>
    </message>
    <message>
        <source>Functional form: the same computation as a function call</source>
        <translation>函式形式：同樣的計算，以函式呼叫的方式</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>函式</translation>
    </message>
    <message>
        <source>Keras is not packaged in Debian 12, so ReLU Lab does not run these lines: its tests check the names and parameter names against a table transcribed from Keras 3&apos;s documentation.</source>
        <translation>Debian 12 沒有封裝 Keras，因此 ReLU Lab 不執行這幾行程式碼：它的測試依照從 Keras 3 文件轉錄的表格核對函式名稱與參數名稱。</translation>
    </message>
    <message>
        <source>f(x) for a NumPy array x (float64)</source>
        <translation>f(x)，x 為 NumPy 陣列（float64）</translation>
    </message>
    <message>
        <source>df(x): the derivative f′(x), with PyTorch&apos;s value at a kink</source>
        <translation>df(x)：導數 f′(x)，在折點處取 PyTorch 的值</translation>
    </message>
    <message>
        <source>Parameters by their PyTorch names; an invalid value comes back as an error value, not an exception</source>
        <translation>參數使用 PyTorch 的名稱；無效的數值以錯誤值傳回，而不是拋出例外</translation>
    </message>
    <message>
        <source>f and f′ at every x</source>
        <translation>每個 x 處的 f 和 f′</translation>
    </message>
    <message>
        <source>C++ (ReLU Lab core)</source>
        <translation>C++（ReLU Lab 核心）</translation>
    </message>
    <message>
        <source>PReLU&apos;s slope is a learned parameter: init is only its starting value.</source>
        <translation>PReLU 的斜率是可學習的參數：init 只是它的初始值。</translation>
    </message>
    <message>
        <source>In training mode RReLU draws a random slope from U(lower, upper) for every negative input; in evaluation mode (model.eval()) the slope is (lower + upper)/2.</source>
        <translation>訓練模式下，RReLU 為每個負輸入從 U(lower, upper) 中隨機抽取斜率；評估模式（model.eval()）下斜率為 (lower + upper)/2。</translation>
    </message>
    <message>
        <source>PyTorch has no module for the step function, and torch.heaviside has no gradient: use the function.</source>
        <translation>PyTorch 沒有階躍函數的模組，torch.heaviside 也沒有梯度：請使用函式形式。</translation>
    </message>
    <message>
        <source>Keras&apos;s defaults differ from PyTorch&apos;s 0.01: 0.3 for the layer, 0.2 for the function. Pass negative_slope every time.</source>
        <translation>Keras 的預設值與 PyTorch 的 0.01 不同：層為 0.3，函式為 0.2。請每次都傳入 negative_slope。</translation>
    </message>
    <message>
        <source>Keras calls the learned slope alpha and starts it at 0; it learns one slope per unit unless shared_axes is given (PyTorch: one shared slope). The function line is the fixed slope.</source>
        <translation>Keras 把可學習的斜率稱為 alpha，初始值為 0；除非給定 shared_axes，否則每個神經元學習各自的斜率（PyTorch：共用一個斜率）。函式那一行是固定斜率。</translation>
    </message>
    <message>
        <source>Keras has no RReLU. This line is RReLU in evaluation mode: Leaky ReLU with the slope (lower + upper)/2.</source>
        <translation>Keras 沒有 RReLU。這一行是評估模式下的 RReLU：斜率為 (lower + upper)/2 的 Leaky ReLU。</translation>
    </message>
    <message>
        <source>Keras 3 has no built-in activation for this: the line defines it with keras.ops.</source>
        <translation>Keras 3 沒有內建這個激活函數：這一行用 keras.ops 定義它。</translation>
    </message>
    <message>
        <source>Keras 3 has this one in keras.ops (backend-neutral operations), not in keras.activations.</source>
        <translation>Keras 3 在 keras.ops（與後端無關的運算）中提供它，而不在 keras.activations 中。</translation>
    </message>
    <message>
        <source>Keras&apos;s approximate is a bool: False is PyTorch&apos;s approximate=&apos;none&apos; (exact, with erf), True its &apos;tanh&apos;. keras.activations.gelu defaults to False but keras.ops.gelu to True: always pass it.</source>
        <translation>Keras 的 approximate 是布林值：False 對應 PyTorch 的 approximate=&apos;none&apos;（精確形式，用 erf），True 對應 &apos;tanh&apos;。keras.activations.gelu 預設為 False，而 keras.ops.gelu 預設為 True：請一律明確傳入。</translation>
    </message>
    <message>
        <source>Keras&apos;s softplus has no beta and no threshold: for beta ≠ 1 it is softplus(beta·x)/beta as written. Above the threshold PyTorch returns x itself, which differs by at most log(1 + e^−threshold)/beta.</source>
        <translation>Keras 的 softplus 沒有 beta 和 threshold：beta ≠ 1 時依這裡寫的 softplus(beta·x)/beta 計算。超過閾值時 PyTorch 直接傳回 x，兩者之差至多為 log(1 + e^−threshold)/beta。</translation>
    </message>
    <message>
        <source>Keras 3&apos;s hard_sigmoid is PyTorch&apos;s, relu6(x + 3)/6; Keras 2 used 0.2·x + 0.5 instead.</source>
        <translation>Keras 3 的 hard_sigmoid 與 PyTorch 的相同，為 relu6(x + 3)/6；Keras 2 用的則是 0.2·x + 0.5。</translation>
    </message>
    <message>
        <source>This is RReLU in evaluation mode: the slope (lower + upper)/2. In training mode each negative input gets its own random slope.</source>
        <translation>這是評估模式下的 RReLU：斜率為 (lower + upper)/2。訓練模式下每個負輸入都有自己的隨機斜率。</translation>
    </message>
    <message>
        <source>np.expm1(x) computes eˣ − 1 without losing digits near 0; np.minimum(x, 0) keeps exp from overflowing in the branch np.where does not take.</source>
        <translation>np.expm1(x) 計算 eˣ − 1，在 0 附近不損失有效位數；np.minimum(x, 0) 防止 exp 在 np.where 不取的分支中溢位。</translation>
    </message>
    <message>
        <source>Exact GELU needs the error function, which NumPy lacks: this uses scipy.special.erfc, since ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2) and the erfc form does not cancel for negative x.</source>
        <translation>精確的 GELU 需要誤差函數，而 NumPy 沒有：這裡使用 scipy.special.erfc，因為 ½x(1 + erf(x/√2)) = ½x·erfc(−x/√2)，且 erfc 形式在 x 為負時不會相消。</translation>
    </message>
    <message>
        <source>½x(1 + tanh u) is written x·σ(2u) with scipy.special.expit (σ), which does not cancel for negative x.</source>
        <translation>½x(1 + tanh u) 寫成 x·σ(2u)，用 scipy.special.expit（σ）計算，在 x 為負時不會相消。</translation>
    </message>
    <message>
        <source>scipy.special.expit is the sigmoid σ(x) = 1/(1 + e^−x), computed without overflow.</source>
        <translation>scipy.special.expit 就是 sigmoid σ(x) = 1/(1 + e^−x)，計算時不會溢位。</translation>
    </message>
    <message>
        <source>np.logaddexp(0, x) is softplus, ln(1 + eˣ), without overflow for large x; scipy.special.expit is the sigmoid σ.</source>
        <translation>np.logaddexp(0, x) 就是 softplus，即 ln(1 + eˣ)，x 很大時也不會溢位；scipy.special.expit 是 sigmoid σ。</translation>
    </message>
    <message>
        <source>np.logaddexp(0, βx) is ln(1 + e^βx) without overflow; where βx &gt; threshold the result is x itself, as PyTorch defines it.</source>
        <translation>np.logaddexp(0, βx) 即 ln(1 + e^βx)，不會溢位；βx &gt; threshold 處結果就是 x 本身，與 PyTorch 的定義一致。</translation>
    </message>
    <message>
        <source>e = e^−|x| never overflows: the two branches are the same σ(x) written for each sign. The naive exp(x)/(1 + exp(x)) gives NaN for x &gt; 709.</source>
        <translation>e = e^−|x| 永遠不會溢位：兩個分支是依正負號分別寫出的同一個 σ(x)。單純的 exp(x)/(1 + exp(x)) 在 x &gt; 709 時得到 NaN。</translation>
    </message>
    <message>
        <source>f′ = 1 − tanh²x = 4e/(1 + e)² with e = e^−2|x|, which keeps its digits where 1 − tanh²x would round to 0.</source>
        <translation>f′ = 1 − tanh²x = 4e/(1 + e)²，其中 e = e^−2|x|；在 1 − tanh²x 會捨入為 0 的地方，它仍保留有效位數。</translation>
    </message>
    <message>
        <source>ln σ(x) = −ln(1 + e^−x) = −np.logaddexp(0, −x), without overflow; the derivative is σ(−x), written with e = e^−|x|.</source>
        <translation>ln σ(x) = −ln(1 + e^−x) = −np.logaddexp(0, −x)，不會溢位；導數為 σ(−x)，用 e = e^−|x| 寫出。</translation>
    </message>
</context>
<context>
    <name>CoreError</name>
    <message>
        <source>The activation &apos;%1&apos; has no parameter &apos;%2&apos;.</source>
        <translation>激活函數「%1」沒有參數「%2」。</translation>
    </message>
    <message>
        <source>The parameter &apos;%1&apos; of &apos;%2&apos; must lie between %3 and %4; %5 is outside.</source>
        <translation>「%2」的參數「%1」必須介於 %3 和 %4 之間；%5 超出範圍。</translation>
    </message>
    <message>
        <source>The parameters of &apos;%1&apos; do not fit together: %2.</source>
        <translation>「%1」的參數彼此衝突：%2。</translation>
    </message>
    <message>
        <source>The file holds no data.</source>
        <translation>檔案中沒有資料。</translation>
    </message>
    <message>
        <source>The file has a header line but no data rows.</source>
        <translation>檔案只有標題列，沒有資料列。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is not valid UTF-8.</source>
        <translation>第 %1 列第 %2 欄：文字不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>Row %1: at least two columns are needed (one feature and the label).</source>
        <translation>第 %1 列：至少需要兩欄（一個特徵和標籤）。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 columns.</source>
        <translation>第 %1 列：超過 %2 欄。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 data rows.</source>
        <translation>第 %1 列：資料列超過 %2 列。</translation>
    </message>
    <message>
        <source>Row %1: more than %2 values in all.</source>
        <translation>第 %1 列：數值總數超過 %2 個。</translation>
    </message>
    <message>
        <source>Row %1: %2 fields expected, %3 found.</source>
        <translation>第 %1 列：應有 %2 個欄位，實際有 %3 個。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the field is empty.</source>
        <translation>第 %1 列第 %2 欄：欄位為空。</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a number.</source>
        <translation>第 %1 列第 %2 欄：「%3」不是數字。</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a finite number.</source>
        <translation>第 %1 列第 %2 欄：「%3」不是有限數值。</translation>
    </message>
    <message>
        <source>Row %1: the label %2 is outside 0 to %3.</source>
        <translation>第 %1 列：標籤 %2 超出 0 到 %3 的範圍。</translation>
    </message>
    <message>
        <source>Classification needs at least two classes (labels 0 and 1); the file has %1.</source>
        <translation>分類至少需要兩個類別（標籤 0 和 1）；此檔案只有 %1 個。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>無法讀取檔案 %1。</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 bytes; at most %3).</source>
        <translation>檔案 %1 過大（%2 位元組；上限為 %3 位元組）。</translation>
    </message>
    <message>
        <source>Unknown data set &apos;%1&apos;.</source>
        <translation>未知的資料集「%1」。</translation>
    </message>
    <message>
        <source>The number of samples must lie between %1 and %2; %3 is outside.</source>
        <translation>樣本數必須介於 %1 和 %2 之間；%3 超出範圍。</translation>
    </message>
    <message>
        <source>The noise must lie between %1 and %2; %3 is outside.</source>
        <translation>雜訊必須介於 %1 和 %2 之間；%3 超出範圍。</translation>
    </message>
    <message>
        <source>The number of classes must lie between %1 and %2; %3 is outside.</source>
        <translation>類別數必須介於 %1 和 %2 之間；%3 超出範圍。</translation>
    </message>
    <message>
        <source>The test fraction must lie between %1 and %2; %3 is outside.</source>
        <translation>測試集比例必須介於 %1 和 %2 之間；%3 超出範圍。</translation>
    </message>
    <message>
        <source>No CSV file was chosen.</source>
        <translation>未選擇 CSV 檔案。</translation>
    </message>
    <message>
        <source>The handwritten digits data are not available.</source>
        <translation>無法取得手寫數字資料。</translation>
    </message>
    <message>
        <source>The digits data are damaged at row %1 (%2).</source>
        <translation>手寫數字資料在第 %1 列已損毀（%2）。</translation>
    </message>
    <message>
        <source>%1 samples are too few to split: the training set would get %2 and the test set %3.</source>
        <translation>%1 個樣本太少，無法分割：訓練集只會分到 %2 個，測試集 %3 個。</translation>
    </message>
    <message>
        <source>weight initialisation</source>
        <translation>權重初始化方式</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>learning-rate schedule</source>
        <translation>學習率排程方式</translation>
    </message>
    <message>
        <source>number type</source>
        <translation>數值型別</translation>
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
        <translation>未知的%1「%2」（應為下列之一：%3）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>「%1」不是數字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number.</source>
        <translation>「%1」不是有限數值。</translation>
    </message>
    <message>
        <source>Hidden layer %1: the width &apos;%2&apos; is not a whole number.</source>
        <translation>隱藏層 %1：寬度「%2」不是整數。</translation>
    </message>
    <message>
        <source>Hidden layer %1: the width must lie between %2 and %3; %4 is outside.</source>
        <translation>隱藏層 %1：寬度必須介於 %2 和 %3 之間；%4 超出範圍。</translation>
    </message>
    <message>
        <source>At most %1 hidden layers are allowed.</source>
        <translation>最多允許 %1 個隱藏層。</translation>
    </message>
    <message>
        <source>The hidden layers need an activation.</source>
        <translation>隱藏層需要指定激活函數。</translation>
    </message>
    <message>
        <source>Give one activation for all hidden layers or one per layer: %1 given for %2 layers.</source>
        <translation>請為所有隱藏層指定一個激活函數，或為每層各指定一個：共 %2 層，卻提供了 %1 個。</translation>
    </message>
    <message>
        <source>The training set has no samples.</source>
        <translation>訓練集中沒有樣本。</translation>
    </message>
    <message>
        <source>The training set has %1 features but the test set has %2.</source>
        <translation>訓練集有 %1 個特徵，但測試集有 %2 個。</translation>
    </message>
    <message>
        <source>Every sample needs exactly one label.</source>
        <translation>每個樣本必須恰好有一個標籤。</translation>
    </message>
    <message>
        <source>Sample %1 has the label %2, outside 0 to %3.</source>
        <translation>樣本 %1 的標籤為 %2，超出 0 到 %3 的範圍。</translation>
    </message>
    <message>
        <source>Every sample needs exactly one target column.</source>
        <translation>每個樣本必須恰好有一欄目標值。</translation>
    </message>
    <message>
        <source>The optimiser setting %1 cannot be %2.</source>
        <translation>最佳化器設定 %1 不能為 %2。</translation>
    </message>
    <message>
        <source>The network has %1 weight layers, but %2 were given.</source>
        <translation>網路有 %1 個權重層，但提供了 %2 個。</translation>
    </message>
    <message>
        <source>Layer %1: the weight matrix is %2 × %3 but must be %4 × %5.</source>
        <translation>第 %1 層：權重矩陣為 %2 × %3，但應為 %4 × %5。</translation>
    </message>
    <message>
        <source>Layer %1: the bias has %2 values but must have %3.</source>
        <translation>第 %1 層：偏置有 %2 個值，但應有 %3 個。</translation>
    </message>
    <message>
        <source>Layer %1: %2 PReLU slopes were given but %3 are needed.</source>
        <translation>第 %1 層：提供了 %2 個 PReLU 斜率，但需要 %3 個。</translation>
    </message>
    <message>
        <source>Layer %1: a weight is NaN or infinite.</source>
        <translation>第 %1 層：有權重為 NaN 或無限大。</translation>
    </message>
    <message>
        <source>There is no hidden layer %1; the network has %2.</source>
        <translation>不存在隱藏層 %1；網路共有 %2 個隱藏層。</translation>
    </message>
    <message>
        <source>At least one draw is needed; %1 is not allowed.</source>
        <translation>至少需要抽取一次；%1 無效。</translation>
    </message>
    <message>
        <source>Hidden layer %1: %2</source>
        <translation>隱藏層 %1：%2</translation>
    </message>
    <message>
        <source>Expected NAME=VALUE, got &apos;%1&apos;.</source>
        <translation>格式應為 NAME=VALUE，但收到 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>下列之一：%1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>一個有限的數值</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; of parameter &apos;%2&apos; of &apos;%3&apos; is not valid: expected %4.</source>
        <translation>&apos;%3&apos; 的參數 &apos;%2&apos; 的值 &apos;%1&apos; 無效：應為%4。</translation>
    </message>
    <message>
        <source>Unknown activation &apos;%1&apos;. Known activations: %2.</source>
        <translation>未知的激活函數「%1」。可用的激活函數：%2。</translation>
    </message>
    <message>
        <source>Layer %1: PReLU slopes were given, but the layer&apos;s activation is not prelu.</source>
        <translation>第 %1 層：給出了 PReLU 斜率，但該層的激活函數不是 prelu。</translation>
    </message>
    <message>
        <source>The %1 must lie in %2; %3 is outside.</source>
        <translation>%1必須在 %2 之內；%3 超出了範圍。</translation>
    </message>
    <message>
        <source>Layer %1: %2 PReLU slopes were given but 1 or %3 are needed.</source>
        <translation>第 %1 層：給出了 %2 個 PReLU 斜率，但需要 1 個或 %3 個。</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>動量</translation>
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
        <translation>RMSprop 光滑常數 α</translation>
    </message>
    <message>
        <source>weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <source>step size of the schedule</source>
        <translation>學習率排程的步長</translation>
    </message>
    <message>
        <source>decay factor γ</source>
        <translation>衰減因子 γ</translation>
    </message>
    <message>
        <source>cosine schedule length</source>
        <translation>餘弦排程週期</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>number of epochs</source>
        <translation>訓練輪數</translation>
    </message>
    <message>
        <source>L1 activity penalty</source>
        <translation>激活值的 L1 懲罰</translation>
    </message>
    <message>
        <source>bias constant</source>
        <translation>偏置常數</translation>
    </message>
    <message>
        <source>number of hidden layers</source>
        <translation>隱藏層數</translation>
    </message>
    <message>
        <source>hidden layer width</source>
        <translation>隱藏層寬度</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <extracomment>%1 is e.g. &quot;0 &lt; value ≤ 1,000,000&quot;: the values a field accepts</extracomment>
        <translation>允許範圍：%1</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Row %1: the label %2 is not a whole number, but classification needs the class numbers 0, 1, 2, …; choose the task Regression to predict it as a number.</source>
        <translation>第 %1 列：標籤 %2 不是整數，而分類需要類別編號 0, 1, 2, …；若要把它當作數值來預測，請選擇任務「迴歸」。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>The run is too large: %1 samples × %2 hidden units is more than the limit of %3 (samples × the sum of the hidden widths). Use fewer samples or fewer, narrower hidden layers.</source>
        <translation>執行規模過大：%1 個樣本 × %2 個隱藏神經元，超過了上限 %3（樣本數 × 各隱藏層寬度之和）。請減少樣本數，或減少隱藏層的層數和寬度。</translation>
    </message>
    <message>
        <source>The count was stopped after %1 of %2 draws.</source>
        <translation>統計在抽取 %1/%2 次後停止。</translation>
    </message>
    <message>
        <source>The saved training state&apos;s %1 cannot be %2.</source>
        <translation>儲存的訓練狀態中 %1 不能為 %2。</translation>
    </message>
    <message>
        <source>The saved training state&apos;s %1 has %2 values but must have %3.</source>
        <translation>儲存的訓練狀態中 %1 有 %2 個值，但應為 %3 個。</translation>
    </message>
    <message>
        <source>The saved order of the training samples is not an order of all of them.</source>
        <translation>儲存的訓練樣本順序不是全部樣本的一個排列。</translation>
    </message>
    <message>
        <source>Hidden layer %1 has no unit %2; it has %3 units.</source>
        <translation>第 %1 個隱藏層沒有第 %2 個神經元；它只有 %3 個神經元。</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>the loss became NaN or infinite</source>
        <translation>損失變為 NaN 或無限大</translation>
    </message>
    <message>
        <source>a gradient became NaN or infinite</source>
        <translation>梯度變為 NaN 或無限大</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite</source>
        <translation>權重變為 NaN 或無限大</translation>
    </message>
    <message>
        <source>the training loss %1 exceeded %2 times the loss before training (%3)</source>
        <translation>訓練損失 %1 超過了訓練前損失（%3）的 %2 倍</translation>
    </message>
    <message>
        <source>training diverged in epoch %1 (step %2): %3; the gradient norm of layer %4 blew up first. The last finite weights are kept.</source>
        <translation>訓練在第 %1 個訓練週期（第 %2 步）發散：%3；第 %4 層的梯度範數最先爆炸。已保留最後一組有限的權重。</translation>
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
        <translation>光滑的類 ReLU 函數</translation>
    </message>
    <message>
        <source>Sigmoid family</source>
        <translation>Sigmoid 系列</translation>
    </message>
    <message>
        <source>Hard / piecewise</source>
        <translation>硬函數 / 分段函數</translation>
    </message>
    <message>
        <source>Shrink / threshold</source>
        <translation>收縮 / 閾值函數</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>經典函數</translation>
    </message>
    <message>
        <source>discontinuous (jumps)</source>
        <translation>不連續（有跳躍）</translation>
    </message>
    <message>
        <source>continuous, with a kink (C&lt;sup&gt;0&lt;/sup&gt;)</source>
        <translation>連續，有折點（C&lt;sup&gt;0&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>continuously differentiable (C&lt;sup&gt;1&lt;/sup&gt;)</source>
        <translation>連續可微（C&lt;sup&gt;1&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>smooth (C&lt;sup&gt;∞&lt;/sup&gt;)</source>
        <translation>光滑（C&lt;sup&gt;∞&lt;/sup&gt;）</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恆等函數</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾值函數</translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation>階躍函數（Heaviside）</translation>
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
        <translation>weight 為可學習參數</translation>
    </message>
    <message>
        <source>in training</source>
        <translation>訓練時</translation>
    </message>
    <message>
        <source>in evaluation</source>
        <translation>評估時</translation>
    </message>
    <message>
        <source>no gradient flows</source>
        <translation>沒有梯度流過</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>大於 %1 MiB</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>第 %1 位元組處的 UTF-8 編碼無效</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 位元組處不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>應為 JSON 物件</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：無法讀取</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1：大於 %2 MiB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>應為物件</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>應為陣列</translation>
    </message>
    <message>
        <source>%1 entries, at most %2 allowed</source>
        <translation>共 %1 項，最多允許 %2 項</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <source>%1 is outside [%2, %3]</source>
        <translation>%1 超出範圍 [%2, %3]</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>應為 true 或 false</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>應為文字</translation>
    </message>
    <message>
        <source>text longer than %1 characters</source>
        <translation>文字超過 %1 個字元</translation>
    </message>
    <message>
        <source>a seed is a whole number from 0 to 2^53 (or a decimal text)</source>
        <translation>亂數種子須為 0 到 2^53 之間的整數（或十進位數字文字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 64-bit unsigned whole number</source>
        <translation>「%1」不是 64 位元無號整數</translation>
    </message>
    <message>
        <source>unknown name &quot;%1&quot; (expected %2)</source>
        <translation>未知的名稱「%1」（應為 %2）</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>unknown key (expected %1)</source>
        <translation>未知的鍵（應為 %1）</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing</source>
        <translation>缺少英文文字（&quot;en&quot;）</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>文字為空</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>應為以下之一：%1</translation>
    </message>
    <message>
        <source>no step before it has set up a network with hidden layers (give &quot;lab&quot; a &quot;scenario&quot; or &quot;config&quot;)</source>
        <translation>之前沒有任何步驟建立含隱藏層的網路（請為 &quot;lab&quot; 指定 &quot;scenario&quot; 或 &quot;config&quot;）</translation>
    </message>
    <message>
        <source>&quot;layer&quot; is missing</source>
        <translation>缺少 &quot;layer&quot;</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot;</source>
        <translation>未知情境 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the first step in the Network Lab needs a &quot;scenario&quot; or a &quot;config&quot;</source>
        <translation>網路實驗室中的第一個步驟需要 &quot;scenario&quot; 或 &quot;config&quot;</translation>
    </message>
    <message>
        <source>&quot;epochs&quot; is missing (with &quot;until&quot;: the most epochs to try)</source>
        <translation>缺少 &quot;epochs&quot;（與 &quot;until&quot; 一起使用時表示最多嘗試的訓練週期數）</translation>
    </message>
    <message>
        <source>a switch needs a step that trains</source>
        <translation>切換激活函數需要一個進行訓練的步驟</translation>
    </message>
    <message>
        <source>at least two choices</source>
        <translation>至少需要兩個選項</translation>
    </message>
    <message>
        <source>&quot;answer&quot; is missing</source>
        <translation>缺少 &quot;answer&quot;</translation>
    </message>
    <message>
        <source>a number question cannot measure &quot;diverged&quot;</source>
        <translation>數值題不能測量 &quot;diverged&quot;</translation>
    </message>
    <message>
        <source>&quot;tolerance&quot; is missing</source>
        <translation>缺少 &quot;tolerance&quot;</translation>
    </message>
    <message>
        <source>expected &quot;choice&quot; or &quot;number&quot;</source>
        <translation>應為 &quot;choice&quot; 或 &quot;number&quot;</translation>
    </message>
    <message>
        <source>expected &quot;explorer&quot; or &quot;network&quot;</source>
        <translation>應為 &quot;explorer&quot; 或 &quot;network&quot;</translation>
    </message>
    <message>
        <source>claims need a run in the Network Lab</source>
        <translation>宣稱需要網路實驗室中的一次訓練</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>應為 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>expected 1 to 64 lowercase letters, digits or underscores</source>
        <translation>應為 1 到 64 個小寫字母、數字或底線</translation>
    </message>
    <message>
        <source>a lesson needs at least one step</source>
        <translation>一個課程至少需要一個步驟</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown lesson &apos;%1&apos; (relulab lesson --list lists them)</source>
        <translation>未知課程 &apos;%1&apos;（relulab lesson --list 列出所有課程）</translation>
    </message>
    <message>
        <source>give &quot;at_least&quot; or &quot;at_most&quot;, not both</source>
        <translation>只能給出 &quot;at_least&quot; 或 &quot;at_most&quot; 其中之一</translation>
    </message>
    <message>
        <source>&quot;at_least&quot; or &quot;at_most&quot; is missing</source>
        <translation>缺少 &quot;at_least&quot; 或 &quot;at_most&quot;</translation>
    </message>
    <message>
        <source>expected a claim id from T1 to T%1</source>
        <translation>應為 T1 到 T%1 之間的知識點編號</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>no run to continue</source>
        <translation>沒有可以繼續的訓練</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>無法測量</translation>
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
        <translation>訓練發散</translation>
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
        <translation>訓練週期 %1</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>準確率 %1</translation>
    </message>
    <message>
        <source>test accuracy %1</source>
        <translation>測試準確率 %1</translation>
    </message>
    <message>
        <source>training loss %1</source>
        <translation>訓練損失 %1</translation>
    </message>
    <message>
        <source>gradient norm of layer 1 / output layer %1</source>
        <translation>第 1 層與輸出層的梯度範數之比 %1</translation>
    </message>
    <message>
        <source>dead units in layer %1 %2</source>
        <translation>第 %1 層的死亡神經元 %2</translation>
    </message>
    <message>
        <source>sparsity of layer %1 %2</source>
        <translation>第 %1 層的稀疏性 %2</translation>
    </message>
    <message>
        <source>inactive units in layer %1 %2</source>
        <translation>第 %1 層的未激活神經元 %2</translation>
    </message>
    <message>
        <source>revived units in layer %1 %2</source>
        <translation>第 %1 層的復活神經元 %2</translation>
    </message>
    <message>
        <source>mean output of layer %1 %2</source>
        <translation>第 %1 層的平均輸出 %2</translation>
    </message>
</context>
<context>
    <name>LimitSpinBox</name>
    <message>
        <source>%1: a value outside this range is not applied. %2</source>
        <extracomment>the tooltip of a field&apos;s range note: %1 = &quot;learning rate&quot;, %2 = &quot;Allowed: 0 &lt; value ≤ …&quot;</extracomment>
        <translation>%1：超出此範圍的數值不會被採用。%2</translation>
    </message>
</context>
<context>
    <name>NetworkLabChartMenu</name>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>匯出圖表…</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>Unknown figure format for &apos;%1&apos;: use .png, .svg or .pdf.</source>
        <translation>無法辨識「%1」的圖片格式：請使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>The figure must be at least 16 × 16 pixels at 24 DPI or more.</source>
        <translation>圖片至少須為 16 × 16 像素，且解析度不低於 24 DPI。</translation>
    </message>
    <message>
        <source>Could not write the figure to &apos;%1&apos;.</source>
        <translation>無法將圖片寫入「%1」。</translation>
    </message>
    <message>
        <source>Could not open &apos;%1&apos; for writing: %2</source>
        <translation>無法開啟「%1」以寫入：%2</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationList</name>
    <message>
        <source>Search activations…</source>
        <translation>搜尋激活函數…</translation>
    </message>
</context>
<context>
    <name>ReluLab::ActivationPlot</name>
    <message>
        <source>%1: f(x)</source>
        <translation>%1 函數 f(x)</translation>
    </message>
    <message>
        <source>%1: f′(x)</source>
        <translation>%1 導數 f′(x)</translation>
    </message>
    <message>
        <source>%1: f″(x)</source>
        <translation>%1 二階導數 f″(x)</translation>
    </message>
    <message>
        <source>%1 (right axis)</source>
        <translation>%1（右軸）</translation>
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
        <translation>未定義</translation>
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
        <translation>自動儲存檔案已被另一個 ReLU Lab 視窗佔用。</translation>
    </message>
</context>
<context>
    <name>ReluLab::CodePanel</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the %1 code to the clipboard</source>
        <translation>將 %1 程式碼複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>ReluLab::ConfusionView</name>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>The confusion matrix appears when the network is built.</source>
        <translation>網路建好後顯示混淆矩陣。</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>測試集</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (accuracy %4 %)</source>
        <translation>%1：%3 個中 %2 個正確（準確率 %4 %）</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真實類別</translation>
    </message>
    <message>
        <source>True class %1, predicted %2: %3 samples (%4 % of class %1)</source>
        <translation>真實類別 %1，預測為 %2：%3 個樣本（佔類別 %1 的 %4 %）</translation>
    </message>
</context>
<context>
    <name>ReluLab::CurvesView</name>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>準確率 (%)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>測試損失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>訓練準確率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失與準確率</translation>
    </message>
    <message>
        <source>Training and test loss and accuracy after every epoch</source>
        <translation>每個訓練週期結束後的訓練集與測試集損失和準確率</translation>
    </message>
</context>
<context>
    <name>ReluLab::DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>雙月</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圓</translation>
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
        <translation>高斯叢集</translation>
    </message>
    <message>
        <source>Sine (regression)</source>
        <translation>正弦（迴歸）</translation>
    </message>
    <message>
        <source>Handwritten digits 8×8</source>
        <translation>手寫數字 8×8</translation>
    </message>
    <message>
        <source>Own CSV file</source>
        <translation>自訂 CSV 檔案</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>資料集(&amp;D)：</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>樣本數(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation>雜訊(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>類別數(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>測試集比例(&amp;T)：</translation>
    </message>
    <message>
        <source>Data s&amp;eed:</source>
        <translation>資料亂數種子(&amp;E)：</translation>
    </message>
    <message>
        <source>Standardise</source>
        <translation>標準化</translation>
    </message>
    <message>
        <source>Shift and scale each feature to mean 0 and variance 1 (statistics of the training part).</source>
        <translation>將每個特徵平移並縮放為平均值 0、變異數 1（統計量取自訓練部分）。</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新產生(&amp;R)</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>載入 CSV…</translation>
    </message>
    <message>
        <source>Remove added points</source>
        <translation>移除新增的點</translation>
    </message>
    <message>
        <source>On 2-D data, click the preview to add training points: left button class 0 (circle), right button class 1 (triangle).</source>
        <translation>對於二維資料，按一下預覽圖即可新增訓練點：左鍵為類別 0（圓形），右鍵為類別 1（三角形）。</translation>
    </message>
    <message>
        <source>This data cannot be used: %1</source>
        <translation>無法使用此資料：%1</translation>
    </message>
    <message>
        <source>%1 training and %2 test samples, %3 input feature(s); %4 added by hand.</source>
        <translation>訓練樣本 %1 個、測試樣本 %2 個、輸入特徵 %3 個；手動新增 %4 個。</translation>
    </message>
    <message>
        <source>Open a data set</source>
        <translation>開啟資料集</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The data set to learn; digits are 8 × 8 handwritten digits (UCI)</source>
        <translation>要學習的資料集；digits 是 8 × 8 的手寫數字（UCI）</translation>
    </message>
    <message>
        <source>Number of points drawn (train and test together)</source>
        <translation>產生的樣本點數（訓練集和測試集合計）</translation>
    </message>
    <message>
        <source>Standard deviation of the noise added to each point</source>
        <translation>加到每個點上的雜訊的標準差</translation>
    </message>
    <message>
        <source>Number of classes (blobs and spiral)</source>
        <translation>類別數（高斯叢集和螺旋資料集）</translation>
    </message>
    <message>
        <source>Share of the points held out as the test set</source>
        <translation>留作測試集的樣本比例</translation>
    </message>
    <message>
        <source>The same seed draws the same points</source>
        <translation>相同的亂數種子產生相同的樣本點</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>資料預覽</translation>
    </message>
    <message>
        <source>The points of the data set, train and test, coloured by class</source>
        <translation>資料集中的樣本點（訓練集和測試集），依類別著色</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>任務(&amp;K)：</translation>
    </message>
    <message>
        <source>How the last column of the file is read: class numbers 0, 1, 2, … (classification) or real values to predict (regression). Auto: classification when every label is a whole number.</source>
        <translation>檔案最後一欄的讀法：類別編號 0, 1, 2, …（分類），或要預測的實數值（迴歸）。自動：每個標籤都是整數時按分類處理。</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Auto: %1</source>
        <translation>自動：%1</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>迴歸</translation>
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
        <translation>輸出</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>網路輸出</translation>
    </message>
    <message>
        <source>class %1 (test)</source>
        <translation>類別 %1（測試）</translation>
    </message>
    <message>
        <source>class %1 (train)</source>
        <translation>類別 %1（訓練）</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>決策圖</translation>
    </message>
    <message>
        <source>The network&apos;s output over the input plane, with the training and test points</source>
        <translation>網路在整個輸入平面上的輸出，以及訓練點和測試點</translation>
    </message>
    <message>
        <source>The decision map needs two input features;
this data set has %1 features.</source>
        <translation>決策圖需要兩個輸入特徵；
此資料集有 %1 個特徵。</translation>
    </message>
    <message>
        <source>No data to show.</source>
        <translation>沒有可顯示的資料。</translation>
    </message>
</context>
<context>
    <name>ReluLab::DigitsGallery</name>
    <message>
        <source>Test digits</source>
        <translation>測試數字</translation>
    </message>
    <message>
        <source>The digits appear when the network is built.</source>
        <translation>網路建好後顯示數字影像。</translation>
    </message>
    <message>
        <source>Test digits: %1 of %2 wrong (shown first, framed)</source>
        <translation>測試數字：%2 個中 %1 個錯誤（排在前面，加框）</translation>
    </message>
    <message>
        <source>Training digits: %1 of %2 wrong (shown first, framed)</source>
        <translation>訓練數字：%2 個中 %1 個錯誤（排在前面，加框）</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Sample %1: true class %2, the network says %3</source>
        <translation>樣本 %1：真實類別 %2，網路判為 %3</translation>
    </message>
</context>
<context>
    <name>ReluLab::ExplorerWidget</name>
    <message>
        <source>At most six overlays can be shown.</source>
        <translation>最多只能顯示六條疊加曲線。</translation>
    </message>
    <message>
        <source>RReLU in training (random slope per input)</source>
        <translation>訓練模式下的 RReLU（每個輸入的斜率隨機）</translation>
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
        <translation>差值：tanh − 精確值</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation>圖表已匯出至 %1</translation>
    </message>
    <message>
        <source>Export curves as CSV</source>
        <translation>將曲線匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Curves written to %1</source>
        <translation>曲線已匯出至 %1</translation>
    </message>
    <message>
        <source>Plot copied to the clipboard.</source>
        <translation>圖表已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>學習</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Animate a parameter</source>
        <translation>參數動畫</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x 從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>重設檢視</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Show the derivative f′ (dashed)</source>
        <translation>顯示導數 f′（虛線）</translation>
    </message>
    <message>
        <source>f″</source>
        <translation>f″</translation>
    </message>
    <message>
        <source>Show the second derivative f″ (dotted)</source>
        <translation>顯示二階導數 f″（點線）</translation>
    </message>
    <message>
        <source>Shade f′ = 0</source>
        <translation>陰影標示 f′ = 0</translation>
    </message>
    <message>
        <source>Shade where the gradient is exactly zero: a unit there stops learning</source>
        <translation>以陰影標示梯度恰好為零的區域：落在此處的神經元會停止學習</translation>
    </message>
    <message>
        <source>Show f′ (derivative)</source>
        <translation>顯示 f′（導數）</translation>
    </message>
    <message>
        <source>Show f″ (second derivative)</source>
        <translation>顯示 f″（二階導數）</translation>
    </message>
    <message>
        <source>Shade where f′ = 0</source>
        <translation>以陰影標示 f′ = 0 的區域</translation>
    </message>
    <message>
        <source>Clear pinned readouts</source>
        <translation>清除釘選的讀數</translation>
    </message>
    <message>
        <source>Next activation</source>
        <translation>下一個激活函數</translation>
    </message>
    <message>
        <source>Previous activation</source>
        <translation>上一個激活函數</translation>
    </message>
    <message>
        <source>Increase first parameter</source>
        <translation>增大第一個參數</translation>
    </message>
    <message>
        <source>Decrease first parameter</source>
        <translation>減小第一個參數</translation>
    </message>
    <message>
        <source>Increase second parameter</source>
        <translation>增大第二個參數</translation>
    </message>
    <message>
        <source>Decrease second parameter</source>
        <translation>減小第二個參數</translation>
    </message>
    <message>
        <source>Play / pause the parameter animation</source>
        <translation>播放/暫停參數動畫</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Export curves as CSV…</source>
        <translation>將曲線匯出為 CSV…</translation>
    </message>
    <message>
        <source>Copy plot image</source>
        <translation>複製圖表圖片</translation>
    </message>
    <message>
        <source>In code</source>
        <translation>程式碼</translation>
    </message>
</context>
<context>
    <name>ReluLab::FitViewButton</name>
    <message>
        <source>Fit</source>
        <translation>符合範圍</translation>
    </message>
    <message>
        <source>Fit the vertical range to the curves; it then follows them again as parameters change</source>
        <translation>將縱軸範圍調整至符合曲線；之後參數改變時它會再次跟隨曲線</translation>
    </message>
</context>
<context>
    <name>ReluLab::GlossaryWindow</name>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <source>A term in English, 简体中文 or 繁體中文</source>
        <translation>輸入英文、簡體中文或繁體中文術語</translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation>搜尋術語表</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>術語表條目</translation>
    </message>
    <message>
        <source>Also called, in other texts: %1</source>
        <translation>其他資料中也稱：%1</translation>
    </message>
</context>
<context>
    <name>ReluLab::GradientView</name>
    <message>
        <source>weight matrix (1 = first layer, last = output)</source>
        <translation>權重矩陣（1 = 第一層，最後 = 輸出層）</translation>
    </message>
    <message>
        <source>gradient norm ‖∂L/∂W‖ (log)</source>
        <translation>梯度範數 ‖∂L/∂W‖（對數）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>at initialisation</source>
        <translation>初始化時</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>The gradient norm of each layer&apos;s weights on a log scale; a fall towards layer 1 is a vanishing gradient</source>
        <translation>各層權重梯度範數（對數座標）；越靠近第 1 層越小，就是梯度消失</translation>
    </message>
    <message>
        <source>Layers with zero gradient, nothing flows back: %1</source>
        <translation>梯度為零、沒有梯度回傳的層數：%1</translation>
    </message>
    <message>
        <source>exactly 0 (drawn on the floor)</source>
        <translation>恰好為 0（畫在座標軸底部）</translation>
    </message>
</context>
<context>
    <name>ReluLab::HistogramView</name>
    <message>
        <source>Layer:</source>
        <translation>層：</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>隱藏層 %1</translation>
    </message>
    <message>
        <source>%1 % of pre-activations get no gradient</source>
        <translation>%1 % 的預激活值得不到梯度</translation>
    </message>
    <message>
        <source>pre-activation z</source>
        <translation>預激活值 z</translation>
    </message>
    <message>
        <source>share of values (%)</source>
        <translation>數值佔比（%）</translation>
    </message>
    <message>
        <source>histogram of z</source>
        <translation>z 的直方圖</translation>
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
        <translation>f′(z) = 0：無梯度</translation>
    </message>
    <message>
        <source>Pre-activation histogram</source>
        <translation>預激活值直方圖</translation>
    </message>
    <message>
        <source>How the chosen layer&apos;s pre-activations are distributed, under f(z) and f′(z); the shaded region has zero gradient</source>
        <translation>所選層預激活值的分布，疊加在 f(z) 和 f′(z) 之下；陰影區域的梯度為零</translation>
    </message>
</context>
<context>
    <name>ReluLab::HistoryScrubber</name>
    <message>
        <source>No epochs yet</source>
        <translation>尚無訓練週期</translation>
    </message>
    <message>
        <source>Epoch %1 (live)</source>
        <translation>第 %1 個週期（即時）</translation>
    </message>
    <message>
        <source>Pause training to look back at earlier epochs.</source>
        <translation>暫停訓練後即可回顧先前的訓練週期。</translation>
    </message>
    <message>
        <source>Drag, or use the arrow keys, Home and End, to replay the graph, the tiles and the counts of an earlier epoch.</source>
        <translation>拖曳滑桿，或使用方向鍵、Home 與 End 鍵，重播先前某個訓練週期的網路結構圖、神經元圖塊與計數。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史</translation>
    </message>
    <message>
        <source>Training history</source>
        <translation>訓練歷史</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>Back to the network as it is now (End)</source>
        <translation>回到網路目前的狀態（End）</translation>
    </message>
    <message>
        <source>Showing epoch %1 of %2 — press Play or Live to return.</source>
        <translation>正在顯示第 %1 個訓練週期（共 %2 個）——按「播放」或「即時」返回。</translation>
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
        <translation>兩側</translation>
    </message>
    <message>
        <source>for x → −∞</source>
        <translation>x → −∞ 時</translation>
    </message>
    <message>
        <source>for x → +∞</source>
        <translation>x → +∞ 時</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>值域</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>單調</translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation>光滑性</translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation>以零為中心</translation>
    </message>
    <message>
        <source>Saturates</source>
        <translation>飽和</translation>
    </message>
    <message>
        <source>Identity near 0</source>
        <translation>0 附近近似恆等</translation>
    </message>
    <message>
        <source>Dead-unit risk</source>
        <translation>神經元死亡風險</translation>
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
        <translation>目前參數下的性質</translation>
    </message>
    <message>
        <source>About this function</source>
        <translation>關於此函數</translation>
    </message>
    <message>
        <source>yes: f′ = 0 on a whole range of inputs, a unit can stop learning</source>
        <translation>是：f′ 在一整段輸入區間上為 0，神經元可能停止學習</translation>
    </message>
    <message>
        <source>What each property means and why it matters</source>
        <translation>各項性質的含義及其重要性</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>專題</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>jump at x = %1 (f: %2 → %3, f(%1) = %4)</source>
        <translation>在 x = %1 處跳躍（f：%2 → %3，f(%1) = %4）</translation>
    </message>
    <message>
        <source>kink at x = %1 (f′: %2 → %3)</source>
        <translation>在 x = %1 處有折點（f′：%2 → %3）</translation>
    </message>
    <message>
        <source>f′ jumps at 0: the value PyTorch takes there</source>
        <translation>f′ 在 0 處跳躍：此為 PyTorch 在該點取的值</translation>
    </message>
    <message>
        <source>Jumps and kinks</source>
        <translation>跳躍與折點</translation>
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
        <translation>課程</translation>
    </message>
    <message>
        <source>Lessons (a tick marks the ones you finished):</source>
        <translation>課程（打勾的是已完成的）：</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>開啟課程檔案…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>開啟課程(&amp;L)…</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation>自己試試</translation>
    </message>
    <message>
        <source>Go to the workspace with this step&apos;s settings and explore</source>
        <translation>帶著這一步的設定進入工作區，自己探索</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>檢查我的答案</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>輪到你了</translation>
    </message>
    <message>
        <source>Click a lesson to start it</source>
        <translation>按一下一個課程即可開始</translation>
    </message>
    <message>
        <source>Open a lesson file a teacher has written</source>
        <translation>開啟教師編寫的課程檔案</translation>
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
        <translation>檢查答案：隨後示範會呈現實際發生的情況</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的預測</translation>
    </message>
    <message>
        <source>Type your prediction</source>
        <translation>輸入你的預測</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>課程進度</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>開啟課程</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>課程檔案 (*.json)</translation>
    </message>
    <message>
        <source>The demo runs here once you have checked your answer.</source>
        <translation>檢查完你的答案後，示範會在這裡執行。</translation>
    </message>
    <message>
        <source>The demo is running… epoch %1</source>
        <translation>示範正在執行……第 %1 個訓練週期</translation>
    </message>
    <message>
        <source>Reached: %1, at epoch %2.</source>
        <translation>已達到：%1，在第 %2 個訓練週期。</translation>
    </message>
    <message>
        <source>Not reached: %1 did not happen within the step&apos;s limit of %2 epochs.</source>
        <translation>未達到：在這一步最多 %2 個訓練週期的限制內，%1 沒有發生。</translation>
    </message>
    <message>
        <source>The run diverged at epoch %1.</source>
        <translation>訓練在第 %1 個訓練週期發散。</translation>
    </message>
    <message>
        <source>Trained to epoch %1.</source>
        <translation>已訓練到第 %1 個訓練週期。</translation>
    </message>
    <message>
        <source>Right: %1.</source>
        <translation>正確：%1。</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不太對：答案是 %1。</translation>
    </message>
    <message>
        <source>This could not be measured.</source>
        <translation>這一項無法測量。</translation>
    </message>
    <message>
        <source>Measured: %1. You said %2: %3 off, within ±%4. Well predicted!</source>
        <translation>實測：%1。你的預測是 %2：相差 %3，在 ±%4 以內。預測得好！</translation>
    </message>
    <message>
        <source>Measured: %1. You said %2: %3 off, more than ±%4.</source>
        <translation>實測：%1。你的預測是 %2：相差 %3，超出了 ±%4。</translation>
    </message>
    <message>
        <source>Lesson finished. Pick another one from the list, or go back to any step.</source>
        <translation>本課程已完成。可以從清單中選擇另一個課程，或返回任意一步。</translation>
    </message>
    <message>
        <source>Choose a lesson</source>
        <translation>選擇一個課程</translation>
    </message>
    <message>
        <source>Each lesson leads from a question to an insight in a few steps. A step sets up the Explorer or the Network Lab, runs a short demo and may ask you to predict what will happen first.</source>
        <translation>每個課程用幾個步驟從一個問題引向一個領悟。每一步會設定探索器或網路實驗室，執行一段簡短的示範，並可能先請你預測會發生什麼。</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>Some texts of this lesson have no Chinese version; they are shown in English.</source>
        <translation>本課程的部分文字沒有中文版本，將以英文顯示。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Choose this answer</source>
        <translation>選擇這個答案</translation>
    </message>
    <message>
        <source>Check my answer and run the demo</source>
        <translation>檢查我的答案並執行示範</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Live view of the Explorer</source>
        <translation>探索器的即時畫面</translation>
    </message>
    <message>
        <source>Live view of the Network Lab</source>
        <translation>網路實驗室的即時畫面</translation>
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
        <translation>關於 ReLU Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReLU Lab %1&lt;/h3&gt;&lt;p&gt;Interactive lessons on neural-network activation functions: explore f, f′ and f″, then train a small network and watch ReLU units die.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReLU Lab %1&lt;/h3&gt;&lt;p&gt;神經網路激活函數互動式課程：探索 f、f′ 和 f″，接著訓練一個小型網路，觀察 ReLU 神經元如何死亡。&lt;/p&gt;&lt;p&gt;採用 GNU GPL 第 3 版或更新版本授權。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ReLU Lab</source>
        <translation>ReLU Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>情境(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>簡報模式</translation>
    </message>
    <message>
        <source>Full screen, large type, heavy lines, side panels hidden (F11)</source>
        <translation>全螢幕、大字型、粗線條、隱藏側邊面板（F11）</translation>
    </message>
    <message>
        <source>Light / dark</source>
        <translation>淺色 / 深色</translation>
    </message>
    <message>
        <source>Switch between the light and the dark theme</source>
        <translation>在淺色與深色佈景主題之間切換</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <source>Compare: RReLU random slopes vs eval</source>
        <translation>比較：RReLU 訓練時的隨機斜率與評估模式</translation>
    </message>
    <message>
        <source>Compare: GELU exact vs tanh approximation</source>
        <translation>比較：GELU 精確形式與 tanh 近似</translation>
    </message>
    <message>
        <source>Compare: Softplus approaching ReLU</source>
        <translation>比較：Softplus 逼近 ReLU</translation>
    </message>
    <message>
        <source>Compare: Leaky ReLU slopes</source>
        <translation>比較：Leaky ReLU 的不同斜率</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ReLU Lab</source>
        <translation>關於 ReLU Lab(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>術語表(&amp;G)</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <source>Restore session</source>
        <translation>還原工作階段</translation>
    </message>
    <message>
        <source>The autosaved session cannot be restored: %1</source>
        <translation>無法還原自動儲存的工作階段：%1</translation>
    </message>
    <message>
        <source>ReLU Lab did not close normally last time. Restore the Network Lab session autosaved at %1?</source>
        <translation>ReLU Lab 上次未正常關閉。是否還原於 %1 自動儲存的網路實驗室工作階段？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Autosaved session restored</source>
        <translation>已還原自動儲存的工作階段</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: %1</source>
        <translation>鍵盤快速鍵：%1</translation>
    </message>
    <message>
        <source>Hold Ctrl, or ?</source>
        <translation>按住 Ctrl，或按 ?</translation>
    </message>
    <message>
        <source>These shortcuts, over the window</source>
        <translation>在視窗上顯示這些快速鍵</translation>
    </message>
</context>
<context>
    <name>ReluLab::MapTabs</name>
    <message>
        <source>Decision map</source>
        <translation>決策圖</translation>
    </message>
    <message>
        <source>Network graph</source>
        <translation>網路結構圖</translation>
    </message>
    <message>
        <source>The whole network: inputs, hidden layers and outputs with their links (thicker = larger |weight|; solid positive, dashed negative)</source>
        <translation>整個網路：輸入、各隱藏層和輸出及其連接（越粗表示 |權重| 越大；實線為正，虛線為負）</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>How many samples of each true class the network puts in each class: the diagonal holds the right answers</source>
        <translation>每個真實類別的樣本被網路分到各個類別的數量：對角線上是正確的答案</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>The last hidden layer&apos;s outputs seen in their two principal directions (PCA): classes that fall apart here are easy for the output layer</source>
        <translation>最後一個隱藏層的輸出在其兩個主方向上的投影（PCA）：在這裡彼此分開的類別，輸出層很容易區分</translation>
    </message>
    <message>
        <source>The test digits with the network&apos;s answers, the wrong ones first</source>
        <translation>測試數字及網路給出的答案，錯誤的排在前面</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>數字</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkGraphView</name>
    <message>
        <source>Network graph</source>
        <translation>網路結構圖</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正權重</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>負權重</translation>
    </message>
    <message>
        <source>died</source>
        <translation>訓練中死亡</translation>
    </message>
    <message>
        <source>born dead</source>
        <translation>初始即死亡</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>復活</translation>
    </message>
    <message numerus="yes">
        <source>%n dead</source>
        <translation>
            <numerusform>%n 個死亡</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer %1, unit %2: active on %3 % of the training samples</source>
        <translation>第 %1 層，第 %2 個神經元：在 %3 % 的訓練樣本上激活</translation>
    </message>
    <message>
        <source>bias %1</source>
        <translation>偏置 %1</translation>
    </message>
    <message>
        <source>dead since initialisation</source>
        <translation>從初始化起就是死亡神經元</translation>
    </message>
    <message>
        <source>died during training</source>
        <translation>在訓練中死亡</translation>
    </message>
    <message>
        <source>came back to life at epoch %1</source>
        <translation>在第 %1 輪復活</translation>
    </message>
    <message>
        <source>The graph appears when the network is built.</source>
        <translation>網路建好後顯示結構圖。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message numerus="yes">
        <source>%n dead units: their output is 0 for every training sample, so their links carry nothing</source>
        <translation>
            <numerusform>%n 個死亡神經元：它們對每個訓練樣本的輸出都是 0，所以它們的連接不傳遞任何訊號</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Export graph…</source>
        <translation>匯出結構圖…</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>匯出結構圖</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>mean digit</source>
        <translation>平均數字</translation>
    </message>
    <message>
        <source>test digit 1</source>
        <translation>測試數字 1</translation>
    </message>
    <message>
        <source>Input x%1: pixel (row %2, column %3) of the picture</source>
        <translation>輸入 x%1：影像第 %2 列、第 %3 行的像素</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkLabWorkspace</name>
    <message>
        <source>Network Lab</source>
        <translation>網路實驗室</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>開啟工作階段…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>儲存工作階段…</translation>
    </message>
    <message>
        <source>Export training log (CSV)…</source>
        <translation>匯出訓練記錄（CSV）…</translation>
    </message>
    <message>
        <source>Hidden units, layer by layer</source>
        <translation>各隱藏層的神經元</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>稀疏性</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度範數</translation>
    </message>
    <message>
        <source>Pre-activations</source>
        <translation>預激活值</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU 斜率</translation>
    </message>
    <message>
        <source>Export training log</source>
        <translation>匯出訓練記錄</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Save as my scenario</source>
        <translation>另存為我的情境</translation>
    </message>
    <message>
        <source>Scenario saved to %1</source>
        <translation>情境已儲存至 %1</translation>
    </message>
    <message>
        <source>A fresh network from the seed. %1 brings the previous run back.</source>
        <translation>已依種子重建網路。按 %1 可恢復先前的訓練。</translation>
    </message>
    <message>
        <source>The run before the reset is back.</source>
        <translation>重設前的訓練已恢復。</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空白鍵</translation>
    </message>
    <message>
        <source>Play or pause training</source>
        <translation>開始或暫停訓練</translation>
    </message>
    <message>
        <source>→ or Page Down</source>
        <translation>→ 或 Page Down</translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation>訓練一個週期</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Reset: a fresh network from the seed</source>
        <translation>重設：依種子重建網路</translation>
    </message>
    <message>
        <source>Undo the reset: the previous run comes back</source>
        <translation>復原重設：恢復先前的訓練</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>Undo reset</source>
        <translation>復原重設</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Inspect a unit (or click a tile, a unit of the graph or a sparsity bar)</source>
        <translation>檢視一個神經元（也可以點選方塊、網路圖中的神經元或稀疏性長條）</translation>
    </message>
    <message>
        <source>This run is long, so the lab keeps one epoch in %1 of its log (and always the latest): the file has those rows. `relulab train` writes every epoch.</source>
        <translation>這次訓練很長，所以實驗室的訓練記錄每 %1 個訓練週期只保留一個（並始終保留最新的一個）：檔案中就是這些列。`relulab train` 會寫出每一個訓練週期。</translation>
    </message>
</context>
<context>
    <name>ReluLab::NetworkPanel</name>
    <message>
        <source>Network and training</source>
        <translation>網路與訓練</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>隱藏層：</translation>
    </message>
    <message>
        <source>Remove the last hidden layer</source>
        <translation>移除最後一個隱藏層</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>新增隱藏層</translation>
    </message>
    <message>
        <source>One activation for all layers</source>
        <translation>所有層使用同一激活函數</translation>
    </message>
    <message>
        <source>PyTorch default (nn.Linear)</source>
        <translation>PyTorch 預設（nn.Linear）</translation>
    </message>
    <message>
        <source>Xavier/Glorot uniform</source>
        <translation>Xavier/Glorot 均勻分布</translation>
    </message>
    <message>
        <source>Xavier/Glorot normal</source>
        <translation>Xavier/Glorot 常態分布</translation>
    </message>
    <message>
        <source>He/Kaiming uniform</source>
        <translation>He/Kaiming 均勻分布</translation>
    </message>
    <message>
        <source>He/Kaiming normal</source>
        <translation>He/Kaiming 常態分布</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 常態分布</translation>
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
        <translation>PyTorch 預設</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常數</translation>
    </message>
    <message>
        <source>Optimiser:</source>
        <translation>最佳化器：</translation>
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
        <translation>學習率：</translation>
    </message>
    <message>
        <source>Changing it while training goes on keeps the network.</source>
        <translation>訓練過程中修改學習率不會重設網路。</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>動量：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批次大小：</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批次</translation>
    </message>
    <message>
        <source>L1 on activations:</source>
        <translation>激活值 L1 懲罰：</translation>
    </message>
    <message>
        <source>Adds λ·Σ|a| of the hidden activations to the loss (Glorot et al. 2011): pushes sparsity up.</source>
        <translation>在損失中加入隱藏層激活值的 λ·Σ|a|（Glorot 等人，2011）：可提高稀疏性。</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>亂數種子：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <source>Fewer units</source>
        <translation>減少神經元</translation>
    </message>
    <message>
        <source>More units</source>
        <translation>增加神經元</translation>
    </message>
    <message>
        <source>Units in layer %1</source>
        <translation>第 %1 層的神經元數</translation>
    </message>
    <message>
        <source>Number of hidden layers (depth)</source>
        <translation>隱藏層數（深度）</translation>
    </message>
    <message>
        <source>How the biases start: PyTorch&apos;s small random values, or one constant for every hidden unit</source>
        <translation>偏置的初始值：PyTorch 預設的小亂數值，或所有隱藏層神經元取同一個常數</translation>
    </message>
    <message>
        <source>The update rule, with PyTorch&apos;s torch.optim semantics</source>
        <translation>參數更新規則，與 PyTorch 的 torch.optim 語意一致</translation>
    </message>
    <message>
        <source>SGD momentum: 0 is plain gradient descent</source>
        <translation>SGD 動量：0 即一般梯度下降</translation>
    </message>
    <message>
        <source>Samples per step; the lowest value means the whole training set</source>
        <translation>每步使用的樣本數；最小值表示使用整個訓練集</translation>
    </message>
    <message>
        <source>The same seed gives the same initial weights and the same run</source>
        <translation>相同的亂數種子給出相同的初始權重和相同的訓練過程</translation>
    </message>
    <message>
        <source>float32 as PyTorch trains by default, or float64</source>
        <translation>float32（PyTorch 預設的訓練精度）或 float64</translation>
    </message>
    <message>
        <source>Activation of layer %1; changing it while training goes on keeps the weights</source>
        <translation>第 %1 層的激活函數；訓練過程中更換會保留權重</translation>
    </message>
    <message>
        <source>Parameter of layer %1&apos;s activation</source>
        <translation>第 %1 層激活函數的參數</translation>
    </message>
    <message>
        <source>Randomized asymmetric (RAI)</source>
        <translation>隨機非對稱（RAI）</translation>
    </message>
    <message>
        <source>Randomized asymmetric initialisation (Lu et al., arXiv 2019): each unit gets one weight or its bias drawn from Beta(2, 1), always positive, so a deep, narrow ReLU network is far less likely to be born dead.</source>
        <translation>隨機非對稱初始化（Lu 等人，arXiv 2019）：每個神經元有一個輸入權重或其偏置取自 Beta(2, 1) 分布，恆為正，因此深而窄的 ReLU 網路初始即死亡的可能性大大降低。</translation>
    </message>
    <message>
        <source>How the weights are drawn before training: He suits ReLU, Xavier suits tanh (not sigmoid)</source>
        <translation>訓練前抽取權重的方式：He 適合 ReLU，Xavier 適合 tanh（不適合 sigmoid）</translation>
    </message>
    <message>
        <source>The constant starting bias; −3 leaves most ReLU neurons dead from the start</source>
        <translation>偏置的初始常數；取 −3 會使大多數 ReLU 神經元初始即死亡</translation>
    </message>
</context>
<context>
    <name>ReluLab::NeuronTilesView</name>
    <message>
        <source>Each tile is one unit. Crossed out and hatched, with the word “dead”: its output is 0 for every training sample. Dashed border, “off”: inactive everywhere but still trainable.</source>
        <translation>每個方塊代表一個神經元。打叉並帶斜線陰影、標有「死亡」的：對所有訓練樣本的輸出皆為 0。虛線邊框、標有「未激活」的：處處不激活，但仍可訓練。</translation>
    </message>
    <message>
        <source>Layer %1 (%2): %3 / %4 dead (%5 %)</source>
        <translation>第 %1 層（%2）：%3 / %4 個死亡（%5 %）</translation>
    </message>
    <message>
        <source>Layer %1 (%2): diverged, no count</source>
        <translation>第 %1 層（%2）：已發散，無法統計</translation>
    </message>
    <message>
        <source>born dead, before the first step: %1</source>
        <translation>初始即死亡（第一步之前就已死亡）：%1 個</translation>
    </message>
    <message>
        <source>inactive everywhere but still trainable: %1</source>
        <translation>處處不激活但仍可訓練：%1 個</translation>
    </message>
    <message>
        <source>born dead, before the first step: %1, of them alive again now: %2</source>
        <translation>初始即死亡（第一步之前就已死亡）：%1 個，其中現已復活：%2 個</translation>
    </message>
    <message>
        <source>Hidden layer 1: dead units / units</source>
        <translation>隱藏層 1：死亡神經元數 / 神經元數</translation>
    </message>
    <message>
        <source>Hidden layers 1 to %1, left to right: dead units / units</source>
        <translation>隱藏層 1 至 %1，從左到右：死亡神經元數 / 神經元數</translation>
    </message>
    <message>
        <source>revived (dead at an earlier epoch, alive later): %1</source>
        <translation>復活（在較早的訓練週期死亡、之後又恢復活動）：%1 個</translation>
    </message>
</context>
<context>
    <name>ReluLab::OverlayPanel</name>
    <message>
        <source>Up to six curves to compare with the current one. Click a legend entry or a check box to hide or show a curve.</source>
        <translation>最多可加入六條曲線與目前曲線比較。按一下圖例項目或核取方塊可隱藏或顯示曲線。</translation>
    </message>
    <message>
        <source>Add current</source>
        <translation>加入目前曲線</translation>
    </message>
    <message>
        <source>Keep the current activation and parameters as an overlay</source>
        <translation>將目前的激活函數及其參數保留為疊加曲線</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Ready-made comparisons</source>
        <translation>預設比較</translation>
    </message>
    <message>
        <source>RReLU: random slopes in training vs eval</source>
        <translation>RReLU：訓練時的隨機斜率與評估時比較</translation>
    </message>
    <message>
        <source>GELU: exact vs tanh approximation</source>
        <translation>GELU：精確形式與 tanh 近似比較</translation>
    </message>
    <message>
        <source>Softplus: growing β approaches ReLU</source>
        <translation>Softplus：β 增大時趨近 ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU: several slopes</source>
        <translation>Leaky ReLU：多種斜率</translation>
    </message>
    <message>
        <source>Show comparison</source>
        <translation>顯示比較</translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterAnimator</name>
    <message>
        <source>Parameter</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <source>Duration of one sweep from the first value to the second</source>
        <translation>從第一個值掃到第二個值一次所需的時間</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
</context>
<context>
    <name>ReluLab::ParameterPanel</name>
    <message>
        <source>PyTorch default: %1</source>
        <translation>PyTorch 預設值：%1</translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation>此激活函數沒有參數。</translation>
    </message>
    <message>
        <source>Reset to PyTorch defaults</source>
        <translation>重設為 PyTorch 預設值</translation>
    </message>
</context>
<context>
    <name>ReluLab::PlotExportDialog</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The image will be %1 × %2 pixels.</source>
        <translation>圖片尺寸為 %1 × %2 像素。</translation>
    </message>
    <message>
        <source>Vector output: sharp at any size.</source>
        <translation>向量輸出：任何尺寸下皆清晰。</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Width (layout pixels)</source>
        <translation>寬度（版面像素）</translation>
    </message>
    <message>
        <source>Height (layout pixels)</source>
        <translation>高度（版面像素）</translation>
    </message>
    <message>
        <source>Resolution (DPI)</source>
        <translation>解析度（DPI）</translation>
    </message>
</context>
<context>
    <name>ReluLab::PreluView</name>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>learned negative slope a</source>
        <translation>學習到的負斜率 a</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <source>No layer uses PReLU.
Choose PReLU for a layer to watch its slope learn.</source>
        <translation>沒有任何層使用 PReLU。
為某一層選擇 PReLU，即可觀察其斜率的學習過程。</translation>
    </message>
    <message>
        <source>PReLU slope</source>
        <translation>PReLU 斜率</translation>
    </message>
    <message>
        <source>The slopes PReLU has learned, epoch by epoch</source>
        <translation>PReLU 在各訓練週期學到的斜率</translation>
    </message>
</context>
<context>
    <name>ReluLab::ProjectionView</name>
    <message>
        <source>class %1</source>
        <translation>類別 %1</translation>
    </message>
    <message>
        <source>Projection of the last hidden layer</source>
        <translation>最後一個隱藏層的投影</translation>
    </message>
    <message>
        <source>The last hidden layer&apos;s outputs for each sample, seen in their two principal directions; each point is its class number</source>
        <translation>每個樣本在最後一個隱藏層的輸出，投影到其兩個主方向上；每個點畫成它的類別編號</translation>
    </message>
    <message>
        <source>PC1 (%1 % of the variance)</source>
        <translation>主成分 1（佔變異數的 %1 %）</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>測試集</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>訓練集</translation>
    </message>
    <message>
        <source>Hidden layer %1 (the last), %2: principal plane</source>
        <translation>隱藏層 %1（最後一層），%2：主成分平面</translation>
    </message>
    <message>
        <source>The projection appears when the network is built.</source>
        <translation>網路建好後顯示投影。</translation>
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
        <translation>另存為我的情境</translation>
    </message>
    <message>
        <source>e.g. Dead units after a learning-rate jump</source>
        <translation>例如：學習率突然增大後的死亡神經元</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>情境標題</translation>
    </message>
    <message>
        <source>What should the class watch, and why?</source>
        <translation>同學們應該觀察什麼？為什麼？</translation>
    </message>
    <message>
        <source>What to watch and why</source>
        <translation>觀察什麼、為什麼</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;What to watch:</source>
        <translation>觀察重點(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScenarioPanel</name>
    <message>
        <source>Classroom scenarios</source>
        <translation>課堂情境</translation>
    </message>
    <message>
        <source>Draw %1 initialisations and count born-dead</source>
        <translation>抽取 %1 次初始化並統計初始即死亡的網路</translation>
    </message>
    <message>
        <source>Drawing initialisations…</source>
        <translation>正在抽取初始化…</translation>
    </message>
    <message>
        <source>%1 of %2 networks born dead (%3 %)</source>
        <translation>%2 個網路中有 %1 個初始即死亡（%3 %）</translation>
    </message>
    <message>
        <source>My scenarios</source>
        <translation>我的情境</translation>
    </message>
    <message>
        <source>Remove this scenario</source>
        <translation>移除此情境</translation>
    </message>
    <message>
        <source>Your scenario, saved in %1. Right click to remove it.</source>
        <translation>你的情境，儲存在 %1。按右鍵可移除。</translation>
    </message>
    <message>
        <source>Save as my scenario…</source>
        <translation>另存為我的情境…</translation>
    </message>
    <message>
        <source>Keep the current data, network and training settings as a one-click scenario with your own explanation</source>
        <translation>把目前的資料、網路和訓練設定儲存為一鍵情境，並附上你自己的說明</translation>
    </message>
    <message>
        <source>Only your own scenarios can be removed.</source>
        <translation>只能移除你自己的情境。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>無法移除 %1。</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScenarioPicker</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>情境(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>選擇情境…</translation>
    </message>
</context>
<context>
    <name>ReluLab::ScriptExportActions</name>
    <message>
        <source>Export as PyTorch script…</source>
        <translation>匯出為 PyTorch 指令碼…</translation>
    </message>
    <message>
        <source>A Python script that trains the lab&apos;s network in PyTorch with the same numbers</source>
        <translation>一個以 PyTorch 訓練實驗室網路、得到相同數值的 Python 指令碼</translation>
    </message>
    <message>
        <source>Export as NumPy script…</source>
        <translation>匯出為 NumPy 指令碼…</translation>
    </message>
    <message>
        <source>A Python script with the trained weights that predicts like the lab</source>
        <translation>一個內嵌訓練後權重、預測結果與實驗室相同的 Python 指令碼</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>匯出為 PyTorch 指令碼</translation>
    </message>
    <message>
        <source>Export as NumPy script</source>
        <translation>匯出為 NumPy 指令碼</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 指令碼 (*.py)</translation>
    </message>
    <message>
        <source>%1 cannot be written.
%2</source>
        <translation>無法寫入 %1。
%2</translation>
    </message>
    <message>
        <source>Script written to %1</source>
        <translation>指令碼已寫入 %1</translation>
    </message>
</context>
<context>
    <name>ReluLab::SessionActions</name>
    <message>
        <source>&amp;Open session…</source>
        <translation>開啟工作階段(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Network Lab session (settings and weights)</source>
        <translation>開啟網路實驗室工作階段（設定與權重）</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>儲存工作階段(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the Network Lab settings and the current weights</source>
        <translation>儲存網路實驗室的設定與目前的權重</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json);;All files (*)</source>
        <translation>ReLU 實驗室工作階段 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>ReLU Lab sessions (*.json)</source>
        <translation>ReLU 實驗室工作階段 (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be opened.
%2
The current session is unchanged.</source>
        <translation>無法開啟 %1。
%2
目前的工作階段未變更。</translation>
    </message>
    <message>
        <source>Session opened from %1</source>
        <translation>已從 %1 開啟工作階段</translation>
    </message>
    <message>
        <source>%1 cannot be saved.
%2</source>
        <translation>無法儲存 %1。
%2</translation>
    </message>
    <message>
        <source>Session saved to %1</source>
        <translation>工作階段已儲存至 %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is removed from the list.</source>
        <translation>%1 已不存在，已從清單中移除。</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>沒有最近的工作階段</translation>
    </message>
</context>
<context>
    <name>ReluLab::SparsityView</name>
    <message>
        <source>hidden layer</source>
        <translation>隱藏層</translation>
    </message>
    <message>
        <source>70–85 %: Glorot et al. 2011</source>
        <translation>70–85 %：Glorot 等人，2011</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>sparsity (%)</source>
        <translation>稀疏性 (%)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 層</translation>
    </message>
    <message>
        <source>Sparsity per layer</source>
        <translation>各層稀疏性</translation>
    </message>
    <message>
        <source>Share of exactly zero activations in each hidden layer now, against the 70–85 % band of Glorot et al.</source>
        <translation>目前各隱藏層中恰好為零的激活值所佔比例，並與 Glorot 等人提出的 70–85 % 區間對照</translation>
    </message>
    <message>
        <source>Sparsity history</source>
        <translation>稀疏性變化</translation>
    </message>
    <message>
        <source>Share of zero activations of each hidden layer, epoch by epoch</source>
        <translation>各隱藏層零激活值比例隨訓練週期的變化</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shaded band: 70–85 % of the activations exactly zero. Glorot et al. (2011) found that trained rectifier networks worked as well as dense ones in this range.&lt;/p&gt;&lt;p&gt;Beyond it, fewer and fewer units stay active to carry what the network has learned. How far one can go depends on the width and the task: on the digits, a network in this app still reached 97 % test accuracy at 92 % zeros, then fell to chance at 99.5 %, with many units dead.&lt;/p&gt;&lt;p&gt;The band is drawn only behind layers whose activation outputs exact zeros (ReLU, ReLU6, the hard variants): Leaky ReLU, ELU or tanh have a sparsity of 0 % whatever they learn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;陰影區間：70–85 % 的激活值恰好為零。Glorot 等人（2011）發現，訓練好的整流網路在這一區間內與稠密網路表現一樣好。&lt;/p&gt;&lt;p&gt;超出這一區間後，保持激活、能夠承載網路所學內容的神經元越來越少。能走多遠取決於網路寬度和任務：在手寫數字資料上，本應用程式中的一個網路在 92 % 為零時測試準確率仍有 97 %，到 99.5 % 時則跌至隨機猜測的水準，並有許多神經元死亡。&lt;/p&gt;&lt;p&gt;只有激活函數能輸出精確零值的層（ReLU、ReLU6 及各種 hard 變體）才畫出這一區間：Leaky ReLU、ELU 或 tanh 無論學到什麼，稀疏性都是 0 %。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ReluLab::TileStrip</name>
    <message>
        <source>Layer %1, unit %2: non-zero on %3 % of the training samples</source>
        <translation>第 %1 層，神經元 %2：在 %3% 的訓練樣本上非零</translation>
    </message>
    <message>
        <source>Inactive everywhere: its pre-activation is ≤ 0 for every sample, but it is still trainable.</source>
        <translation>處處不激活：對所有樣本的預激活值皆 ≤ 0，但仍可訓練。</translation>
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
        <translation>死亡：它對每個訓練樣本的輸出都是 0，它自己的權重得不到梯度；前面的層改變它的輸入時，它可能復活。</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingBanner</name>
    <message>
        <source>Reset network</source>
        <translation>重設網路</translation>
    </message>
    <message>
        <source>Born dead: hidden layer %1 outputs zero for every sample from the start. The network is a constant and no gradient can reach the layers below.</source>
        <translation>初始即死亡：隱藏層 %1 從一開始就對所有樣本輸出零。網路退化為常數，梯度無法傳到其下方的各層。</translation>
    </message>
    <message>
        <source>Born dead: the network is a constant from the start.</source>
        <translation>初始即死亡：網路從一開始就是常數。</translation>
    </message>
    <message>
        <source>The data set cannot be made; see the Data panel.</source>
        <translation>無法產生資料集；請查看「資料」面板。</translation>
    </message>
    <message>
        <source>Back to the last finite weights, learning rate ÷ 10</source>
        <translation>回到最後一組有限的權重，學習率 ÷ 10</translation>
    </message>
    <message>
        <source>Alive again: the network was born dead, but now every hidden layer passes a signal on, so the gradient reaches all layers and it learns.</source>
        <translation>已復活：網路初始即死亡，但現在每個隱藏層都能向後傳遞訊號，梯度能到達所有層，網路正在學習。</translation>
    </message>
    <message>
        <source>This data cannot be used: %1 Training is off until valid data is chosen.</source>
        <translation>無法使用此資料：%1在選擇有效資料之前無法訓練。</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingControlBar</name>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>開始或暫停訓練（空白鍵）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
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
        <translation>自動停止：</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 個訓練週期後</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 個訓練週期</translation>
    </message>
    <message>
        <source>Test accuracy %1 %</source>
        <translation>測試準確率 %1%</translation>
    </message>
    <message>
        <source>Training accuracy %1 %</source>
        <translation>訓練準確率 %1%</translation>
    </message>
    <message>
        <source>Loss: training %1, test %2</source>
        <translation>損失：訓練 %1，測試 %2</translation>
    </message>
    <message>
        <source>Training loss %1</source>
        <translation>訓練損失 %1</translation>
    </message>
    <message>
        <source>Pause automatically after this many epochs</source>
        <translation>訓練到這麼多個訓練週期後自動暫停</translation>
    </message>
    <message>
        <source>Epochs per second (an epoch is one pass over the training set); full speed trains as fast as the machine allows</source>
        <translation>每秒訓練週期數（一個週期即走訪一次訓練集）；全速則以機器允許的最快速度訓練</translation>
    </message>
    <message>
        <source>Train one epoch, one pass over the training set (→ or Page Down)</source>
        <translation>訓練一個週期，即走訪一次訓練集（→ 或 Page Down）</translation>
    </message>
    <message>
        <source>A fresh network from the seed (R); Ctrl+Z undoes it</source>
        <translation>依種子重建網路（R）；Ctrl+Z 可復原</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>每秒 1 個週期</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>每秒 %1 個週期</translation>
    </message>
    <message>
        <source>Before training: accuracy %1 %</source>
        <translation>訓練前準確率 %1%</translation>
    </message>
    <message>
        <source>Epoch %1 · step %2/%3</source>
        <translation>第 %1 個訓練週期 · 第 %2/%3 步</translation>
    </message>
</context>
<context>
    <name>ReluLab::TrainingWorker</name>
    <message>
        <source>Out of memory: this computer cannot hold the network and the data set, so training stopped. Choose fewer samples or fewer, narrower hidden layers (a run is at most %1 samples × hidden units).</source>
        <translation>記憶體不足：這台電腦容納不下該網路和資料集，訓練已停止。請減少樣本數，或減少隱藏層的層數和寬度（一次執行最多 %1 個「樣本 × 隱藏神經元」）。</translation>
    </message>
</context>
<context>
    <name>ReluLab::UnitInspector</name>
    <message>
        <source>Before training (epoch 0)</source>
        <translation>訓練前（第 0 個訓練週期）</translation>
    </message>
    <message>
        <source>After epoch %1</source>
        <translation>第 %1 個訓練週期之後</translation>
    </message>
    <message>
        <source>Epoch %1, step %2 of %3</source>
        <translation>第 %1 個訓練週期，第 %2/%3 步</translation>
    </message>
    <message>
        <source>Active on %1 % of the training samples (%2 of %3): its output is not 0 there</source>
        <translation>在 %1 % 的訓練樣本上激活（%3 個中的 %2 個）：在這些樣本上它的輸出不為 0</translation>
    </message>
    <message>
        <source>Pre-activation z = w·x + b over the training set: min %1, mean %2, max %3</source>
        <translation>訓練集上的預激活值 z = w·x + b：最小 %1，平均 %2，最大 %3</translation>
    </message>
    <message>
        <source>Measuring layer %1, unit %2…</source>
        <translation>正在測量第 %1 層第 %2 個神經元…</translation>
    </message>
    <message>
        <source>Its %1 incoming weights as a %2 × %3 image (its receptive field; orange positive, blue negative); bias %4</source>
        <translation>它的 %1 個輸入權重畫成 %2 × %3 的影像（即它的感受野；橙色為正，藍色為負）；偏置 %4</translation>
    </message>
    <message>
        <source>Born dead: its output was 0 for every sample before the first step.</source>
        <translation>初始即死亡：在第一步之前，它對每個樣本的輸出都是 0。</translation>
    </message>
    <message>
        <source>Died at epoch %1.</source>
        <translation>在第 %1 個訓練週期死亡。</translation>
    </message>
    <message>
        <source>Came back (revived) at epoch %1.</source>
        <translation>在第 %1 個訓練週期復活。</translation>
    </message>
    <message>
        <source>Dead now: its weights get no gradient.</source>
        <translation>現在已死亡：它的權重得不到梯度。</translation>
    </message>
    <message>
        <source>Alive now.</source>
        <translation>現在是活的。</translation>
    </message>
    <message>
        <source>Layer %1: %2 of %3 units dead, %4 born dead, %5 revived; sparsity %6 %</source>
        <translation>第 %1 層：%3 個神經元中 %2 個死亡，%4 個初始即死亡，%5 個復活；稀疏性 %6 %</translation>
    </message>
    <message>
        <source>Unit inspector</source>
        <translation>神經元檢視器</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>層(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>神經元(&amp;U)：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>神經元</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>input x</source>
        <translation>輸入 x</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>network output</source>
        <translation>網路輸出</translation>
    </message>
    <message>
        <source>units, most active first</source>
        <translation>神經元（依激活程度由高到低）</translation>
    </message>
    <message>
        <source>units</source>
        <translation>神經元數</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>dead since the start</source>
        <translation>從一開始就死亡</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>復活</translation>
    </message>
    <message>
        <source>Its incoming weights, one bar per input (%1; up positive, down negative); bias %2</source>
        <translation>它的輸入權重，每個輸入一根長條（共 %1 個；向上為正，向下為負）；偏置 %2</translation>
    </message>
    <message>
        <source>active (%)</source>
        <translation>激活 (%)</translation>
    </message>
    <message>
        <source>active samples of this unit</source>
        <translation>這個神經元激活的樣本</translation>
    </message>
    <message>
        <source>this unit: output weight × a(x)</source>
        <translation>這個神經元：輸出權重 × a(x)</translation>
    </message>
    <message>
        <source>(This run is long: the lab keeps one epoch in %1, so these epochs are accurate to within %1.)</source>
        <translation>（這次訓練很長：實驗室每 %1 個訓練週期只保留一個，所以上面的訓練週期誤差在 %1 個以內。）</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>This is a session, not a scenario: it has no &quot;scenario&quot; block.</source>
        <translation>這是一個工作階段檔案，不是情境：其中沒有 &quot;scenario&quot; 區段。</translation>
    </message>
    <message>
        <source>scenario.id: expected 1 to 64 lowercase letters, digits or underscores</source>
        <translation>scenario.id：應為 1 到 64 個小寫字母、數字或底線</translation>
    </message>
    <message>
        <source>scenario.order: expected a number from 0 to 1000000</source>
        <translation>scenario.order：應為 0 到 1000000 之間的數</translation>
    </message>
    <message>
        <source>scenario.title: expected a text or {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} texts</source>
        <translation>scenario.title：應為一段文字，或 {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} 三種語言的文字</translation>
    </message>
    <message>
        <source>scenario.explanation: expected a text or {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} texts</source>
        <translation>scenario.explanation：應為一段文字，或 {&quot;en&quot;, &quot;zh_CN&quot;, &quot;zh_TW&quot;} 三種語言的文字</translation>
    </message>
    <message>
        <source>scenario.born_dead_count: expected true or false</source>
        <translation>scenario.born_dead_count：應為 true 或 false</translation>
    </message>
    <message>
        <source>scenario.contrasts: expected a list of at most %1 contrasts</source>
        <translation>scenario.contrasts：應為最多 %1 個對照設定的清單</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a scenario</source>
        <translation>%1 太大，不可能是情境檔案</translation>
    </message>
    <message>
        <source>A scenario needs a title.</source>
        <translation>情境需要一個標題。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>scenario.view: expected one of %1</source>
        <translation>scenario.view：應為以下之一：%1</translation>
    </message>
    <message>
        <source>scenario.focus_layer: expected a hidden layer from 1 to %1</source>
        <translation>scenario.focus_layer：應為 1 到 %1 之間的隱藏層</translation>
    </message>
    <message>
        <source>%1: expected {&quot;title&quot;: ..., &quot;config&quot;: {...}}</source>
        <translation>%1：應為 {&quot;title&quot;: ..., &quot;config&quot;: {...}}</translation>
    </message>
</context>
<context>
    <name>ScriptExport</name>
    <message>
        <source>Written by ReLU Lab: the trained network&apos;s forward pass in NumPy.
Reads one input row per line on standard input (%1 comma-separated numbers, as the network
sees them) and prints the same CSV as `relulab predict`.</source>
        <translation>由 ReLU 實驗室產生：訓練後網路的 NumPy 前向傳播。
從標準輸入每行讀取一個輸入列（%1 個逗號分隔的數字，即網路看到的值），
輸出與 `relulab predict` 相同的 CSV。</translation>
    </message>
    <message>
        <source>Each hidden layer: z = x W^T + b, then the activation; the output layer is linear.</source>
        <translation>每個隱藏層：z = x W^T + b，接著是激活函數；輸出層是線性的。</translation>
    </message>
    <message>
        <source>Classification: the class with the largest probability, then the softmax probabilities.</source>
        <translation>分類：機率最大的類別，接著是 softmax 機率。</translation>
    </message>
    <message>
        <source>Regression: the network&apos;s output.</source>
        <translation>迴歸：網路的輸出。</translation>
    </message>
    <message>
        <source>The trained parameters (PyTorch&apos;s layout: weight = out x in).</source>
        <translation>訓練後的參數（PyTorch 的排列：weight = 輸出 x 輸入）。</translation>
    </message>
    <message>
        <source>Written by ReLU Lab: the network of the lab, trained in PyTorch.
It prints the same CSV rows as `relulab train` with the same options: one row per epoch,
epoch 0 (or the epoch a saved run stopped at) first. Run it with: python3 %1</source>
        <translation>由 ReLU 實驗室產生：實驗室中的網路，以 PyTorch 訓練。
它輸出與使用相同選項的 `relulab train` 相同的 CSV 列：每個訓練週期（epoch）一列，
先是第 0 個週期（或已儲存的執行停止時的那個週期）。執行方式：python3 %1</translation>
    </message>
    <message>
        <source>CPU, one thread, and the network&apos;s float type: the same arithmetic as the lab.</source>
        <translation>CPU、單執行緒、網路的浮點型別：與實驗室相同的運算。</translation>
    </message>
    <message>
        <source>the L1 activity penalty&apos;s lambda</source>
        <translation>L1 激活懲罰的 lambda</translation>
    </message>
    <message>
        <source>The lab&apos;s random numbers: xoshiro256** (seeded from --seed by SplitMix64; the state below
is the one after the initial weights were drawn). Each epoch shuffles the training
set with a Fisher-Yates shuffle whose draws are Lemire&apos;s unbiased below(n).</source>
        <translation>實驗室的亂數：xoshiro256**（由 SplitMix64 從 --seed 產生種子；下面的狀態是
抽取初始權重之後的狀態）。每個週期以 Fisher-Yates 洗牌打亂訓練集，
其抽樣是 Lemire 的無偏 below(n)。</translation>
    </message>
    <message>
        <source>The network: Linear layers with each hidden layer&apos;s activation, a linear output.</source>
        <translation>網路：Linear 層加上各隱藏層的激活函數，線性輸出。</translation>
    </message>
    <message>
        <source>The exact starting weights (and PReLU slopes) of the lab.</source>
        <translation>實驗室中精確的初始權重（以及 PReLU 斜率）。</translation>
    </message>
    <message>
        <source>Every hidden layer&apos;s pre-activations z and outputs a, and the network&apos;s output.</source>
        <translation>每個隱藏層的預激活 z 與輸出 a，以及網路的輸出。</translation>
    </message>
    <message>
        <source>The loss: softmax cross-entropy, the mean over samples.</source>
        <translation>損失：softmax 交叉熵，對樣本取平均。</translation>
    </message>
    <message>
        <source>The loss: mean squared error over all outputs.</source>
        <translation>損失：對所有輸出的均方誤差。</translation>
    </message>
    <message>
        <source>The learning rate&apos;s schedule: the factor of the base rate after `epoch` completed epochs.
The lab&apos;s own formula, set into the optimiser at the start of every epoch.</source>
        <translation>學習率排程：完成 `epoch` 個週期之後基礎學習率的倍數。
這是實驗室自己的公式，在每個週期開始時寫入最佳化器。</translation>
    </message>
    <message>
        <source>Diagnostics over the whole training set (evaluation mode):
sparsity = the share of activations exactly 0; a dead unit outputs exactly 0 for every
training sample; an inactive unit&apos;s pre-activation is &lt;= 0 for every training sample;
gradient norms are those of the mean data loss (no penalty) with respect to each weight matrix.</source>
        <translation>在整個訓練集上的診斷（評估模式）：
稀疏性 = 恰好為 0 的激活值所佔比例；死亡神經元對每個訓練樣本的輸出都恰好為 0；
未激活的神經元對每個訓練樣本的預激活都 &lt;= 0；
梯度範數是平均資料損失（不含懲罰）對每個權重矩陣的梯度範數。</translation>
    </message>
    <message>
        <source>Training: the same optimiser as the lab (torch.optim), the same minibatches in the same order,
the data loss plus the L1 penalty lambda * sum|a| / batch size over every hidden layer.</source>
        <translation>訓練：與實驗室相同的最佳化器（torch.optim），相同順序的相同小批次，
資料損失加上所有隱藏層的 L1 懲罰 lambda * sum|a| / 批次大小。</translation>
    </message>
    <message>
        <source>A saved run continues with the optimiser&apos;s own state.</source>
        <translation>已儲存的執行從最佳化器自身的狀態繼續。</translation>
    </message>
    <message>
        <source>The numbers: the run&apos;s state, the starting parameters (PyTorch&apos;s layout, weight = out x in)
and the data split exactly as the lab made it.</source>
        <translation>數值：執行的狀態、初始參數（PyTorch 的排列，weight = 輸出 x 輸入）
以及與實驗室完全相同的資料切分。</translation>
    </message>
    <message>
        <source>hidden layer %1&apos;s activation &apos;%2&apos; has no module in PyTorch (torch.nn), so it cannot be exported as a PyTorch script</source>
        <translation>隱藏層 %1 的激活函數 &apos;%2&apos; 在 PyTorch（torch.nn）中沒有對應的模組，因此無法匯出為 PyTorch 腳本</translation>
    </message>
    <message>
        <source>hidden layer %1&apos;s activation &apos;%2&apos; has no NumPy form</source>
        <translation>隱藏層 %1 的激活函數 &apos;%2&apos; 沒有 NumPy 形式</translation>
    </message>
    <message>
        <source>RReLU draws a random negative slope for every activation in training; PyTorch draws them from
its own generator, not the lab&apos;s, so this training cannot be identical to the lab&apos;s (the
rows differ). Evaluation uses the fixed slope (lower + upper) / 2 in both.</source>
        <translation>RReLU 在訓練中為每個激活值隨機抽取一個負半軸斜率；PyTorch 從
它自己的亂數產生器中抽取，而不是實驗室的，因此這裡的訓練無法與實驗室的完全相同
（各列會不同）。評估時兩者都使用固定斜率 (lower + upper) / 2。</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>unknown data set &quot;%1&quot;</source>
        <translation>未知的資料集「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activation id</source>
        <translation>「%1」不是激活函數 ID</translation>
    </message>
    <message>
        <source>more than %1 parameters</source>
        <translation>參數超過 %1 個</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>「%1」不是參數名稱</translation>
    </message>
    <message>
        <source>%1 activations for %2 hidden layers (give one, or one per layer)</source>
        <translation>%2 個隱藏層卻提供了 %1 個激活函數（請提供一個，或每層一個）</translation>
    </message>
    <message>
        <source>expected &quot;pytorch_default&quot; or a number</source>
        <translation>應為 &quot;pytorch_default&quot; 或數字</translation>
    </message>
    <message>
        <source>no layers</source>
        <translation>沒有任何層</translation>
    </message>
    <message>
        <source>empty matrix</source>
        <translation>矩陣為空</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空列</translation>
    </message>
    <message>
        <source>more than %1 weights in the file</source>
        <translation>檔案中的權重超過 %1 個</translation>
    </message>
    <message>
        <source>%1 values, but the first row has %2</source>
        <translation>有 %1 個值，但第一列有 %2 個</translation>
    </message>
    <message>
        <source>not a ReLU Lab session (&quot;format&quot; is not &quot;relulab-session&quot;)</source>
        <translation>不是 ReLU Lab 工作階段檔案（&quot;format&quot; 不是 &quot;relulab-session&quot;）</translation>
    </message>
    <message>
        <source>the session was written by a newer ReLU Lab (format version %1; this version reads up to %2)</source>
        <translation>此工作階段由較新版本的 ReLU Lab 寫入（格式版本 %1；此版本最高只能讀取 %2）</translation>
    </message>
    <message>
        <source>layer %1 has weights that are not finite numbers (the training diverged); save without weights or reset</source>
        <translation>第 %1 層的權重不是有限數值（訓練已發散）；請在儲存時不含權重，或先重設</translation>
    </message>
    <message>
        <source>%1: cannot be saved (%2)</source>
        <translation>%1：無法儲存（%2）</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未給出檔案名稱</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not 16 hexadecimal digits</source>
        <translation>「%1」不是 16 位十六進位數字</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>a training state needs the weights it belongs to</source>
        <translation>訓練狀態需要與之對應的權重</translation>
    </message>
    <message>
        <source>%1 optimiser steps, but the run took only %2</source>
        <translation>最佳化器步數為 %1，但訓練只進行了 %2 步</translation>
    </message>
    <message>
        <source>%1 words, but the generator has 4</source>
        <translation>%1 個 64 位元狀態字，但產生器有 4 個</translation>
    </message>
    <message>
        <source>all zero, a state the generator never reaches</source>
        <translation>全為零，產生器永遠不會到達這一狀態</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限數</translation>
    </message>
    <message>
        <source>%1 values, but the network has %2 parameters</source>
        <translation>%1 個值，但網路有 %2 個參數</translation>
    </message>
    <message>
        <source>a mean of squares cannot be negative</source>
        <translation>平方的均值不能為負</translation>
    </message>
    <message>
        <source>%1 values, but the network has %2 weight matrices</source>
        <translation>%1 個值，但網路有 %2 個權重矩陣</translation>
    </message>
</context>
</TS>
