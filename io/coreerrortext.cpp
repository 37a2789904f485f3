// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "coreerrortext.h"

#include "core/activation.h"
#include "core/limits.h"
#include "core/numbertext.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>

namespace ReluLab {

namespace {

// Arguments often quote the user's input: their control bytes are shown escaped, never sent to
// the terminal or the dialog as they are.
QString arg(const Core::Error &error, const char *key)
{
    return QString::fromStdString(Core::escapedForMessage(error.arg(key), 200));
}

QString activationIds()
{
    QStringList ids;
    for (const Core::ActivationInfo &info : Core::activationCatalogue())
        ids << QString::fromStdString(info.id);
    return ids.join(QStringLiteral(", "));
}

bool has(const Core::Error &error, const char *key)
{
    return error.args.find(key) != error.args.end();
}

// lupdate files the tr() calls of these member functions under the context "CoreError", the
// same context Q_DECLARE_TR_FUNCTIONS gives tr() at run time (a free tr() helper would land in
// the namespace's context and never be found).
class CoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(CoreError)

public:
    static QString activationError(const Core::Error &error);
    static QString csvError(const Core::Error &error);
    static QString datasetError(const Core::Error &error);
    static QString configError(const Core::Error &error);
    static QString trainerError(const Core::Error &error);
    static QString optionName(const std::string &name);
    static QString allowedRange(const Core::OptionRange &range);
    static QString inHiddenLayer(const QString &layer, const QString &text);
};

// Activation::create (core/activation.h). The trainer adds "layer" when the activation belongs
// to a hidden layer; describeCoreError() puts that in front.
QString CoreErrorText::activationError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "unknown_activation")
        return tr("Unknown activation '%1'. Known activations: %2.")
            .arg(arg(error, "id"), activationIds());
    if (code == "unknown_parameter")
        return tr("The activation '%1' has no parameter '%2'.")
            .arg(arg(error, "id"), arg(error, "name"));
    if (code == "parameter_out_of_range")
        return tr("The parameter '%1' of '%2' must lie between %3 and %4; %5 is outside.")
            .arg(arg(error, "name"), arg(error, "id"), arg(error, "min"), arg(error, "max"),
                 arg(error, "value"));
    if (code == "invalid_parameters")
        return tr("The parameters of '%1' do not fit together: %2.")
            .arg(arg(error, "id"), arg(error, "detail"));
    if (code == "malformed_parameter_assignment")
        return tr("Expected NAME=VALUE, got '%1'.").arg(arg(error, "text"));
    if (code == "invalid_parameter_value") {
        const std::string kind = error.arg("kind");
        const QString expected = kind == "choice" ? tr("one of: %1").arg(arg(error, "allowed"))
                                 : kind == "flag" ? tr("true or false")
                                                  : tr("a finite number");
        return tr("The value '%1' of parameter '%2' of '%3' is not valid: expected %4.")
            .arg(arg(error, "value"), arg(error, "name"), arg(error, "id"), expected);
    }
    return {};
}

// parseCsv / readCsvFile (core/datasets/csvreader.h). Cell errors carry {row, column, value}.
QString CoreErrorText::csvError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "empty_file")
        return tr("The file holds no data.");
    if (code == "no_data_rows")
        return tr("The file has a header line but no data rows.");
    if (code == "invalid_utf8")
        return tr("Row %1, column %2: the text is not valid UTF-8.")
            .arg(arg(error, "row"), arg(error, "column"));
    if (code == "too_few_columns")
        return tr("Row %1: at least two columns are needed (one feature and the label).")
            .arg(arg(error, "row"));
    if (code == "too_many_columns")
        return tr("Row %1: more than %2 columns.").arg(arg(error, "row"), arg(error, "max"));
    if (code == "too_many_rows")
        return tr("Row %1: more than %2 data rows.").arg(arg(error, "row"), arg(error, "max"));
    if (code == "too_many_values")
        return tr("Row %1: more than %2 values in all.").arg(arg(error, "row"), arg(error, "max"));
    if (code == "field_count_mismatch")
        return tr("Row %1: %2 fields expected, %3 found.")
            .arg(arg(error, "row"), arg(error, "expected"), arg(error, "found"));
    if (code == "empty_field")
        return tr("Row %1, column %2: the field is empty.")
            .arg(arg(error, "row"), arg(error, "column"));
    if (code == "not_a_number" && has(error, "row"))
        return tr("Row %1, column %2: '%3' is not a number.")
            .arg(arg(error, "row"), arg(error, "column"), arg(error, "value"));
    if (code == "non_finite" && has(error, "row"))
        return tr("Row %1, column %2: '%3' is not a finite number.")
            .arg(arg(error, "row"), arg(error, "column"), arg(error, "value"));
    if (code == "label_not_integer")
        return tr("Row %1: the label %2 is not a whole number, but classification needs the "
                  "class numbers 0, 1, 2, …; choose the task Regression to predict it as a "
                  "number.")
            .arg(arg(error, "row"), arg(error, "value"));
    if (code == "label_out_of_range" && has(error, "row"))
        return tr("Row %1: the label %2 is outside 0 to %3.")
            .arg(arg(error, "row"), arg(error, "value"), arg(error, "max"));
    if (code == "too_few_classes")
        return tr("Classification needs at least two classes (labels 0 and 1); the file has %1.")
            .arg(arg(error, "found"));
    if (code == "file_not_found")
        return tr("The file %1 does not exist.").arg(arg(error, "path"));
    if (code == "file_unreadable")
        return tr("The file %1 cannot be read.").arg(arg(error, "path"));
    if (code == "file_too_large")
        return tr("The file %1 is too large (%2 bytes; at most %3).")
            .arg(arg(error, "path"), arg(error, "size"), arg(error, "max"));
    return {};
}

// validateRecipe, makeDataset, splitDataset, parseDigitsCsv (core/datasets/datasets.h).
QString CoreErrorText::datasetError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "unknown_dataset")
        return tr("Unknown data set '%1'.").arg(arg(error, "name"));
    if (code == "samples_out_of_range")
        return tr("The number of samples must lie between %1 and %2; %3 is outside.")
            .arg(arg(error, "min"), arg(error, "max"), arg(error, "value"));
    if (code == "noise_out_of_range")
        return tr("The noise must lie between %1 and %2; %3 is outside.")
            .arg(arg(error, "min"), arg(error, "max"), arg(error, "value"));
    if (code == "classes_out_of_range")
        return tr("The number of classes must lie between %1 and %2; %3 is outside.")
            .arg(arg(error, "min"), arg(error, "max"), arg(error, "value"));
    if (code == "test_fraction_out_of_range")
        return tr("The test fraction must lie between %1 and %2; %3 is outside.")
            .arg(arg(error, "min"), arg(error, "max"), arg(error, "value"));
    if (code == "csv_path_empty")
        return tr("No CSV file was chosen.");
    if (code == "digits_unavailable")
        return tr("The handwritten digits data are not available.");
    if (code == "digits_malformed")
        return tr("The digits data are damaged at row %1 (%2).")
            .arg(arg(error, "row"), arg(error, "reason"));
    if (code == "split_too_small")
        return tr("%1 samples are too few to split: the training set would get %2 and the "
                  "test set %3.")
            .arg(arg(error, "samples"), arg(error, "train"), arg(error, "test"));
    return {};
}

// The stable names of core/trainingconfigio.h: "kind" says which list the value came from.
QString CoreErrorText::configError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "unknown_name") {
        const std::string kind = error.arg("kind");
        QString what = QString::fromStdString(kind);
        if (kind == "init")
            what = tr("weight initialisation");
        else if (kind == "optimizer")
            what = tr("optimiser");
        else if (kind == "schedule")
            what = tr("learning-rate schedule");
        else if (kind == "dtype")
            what = tr("number type");
        else if (kind == "prelu_mode")
            what = tr("PReLU mode");
        else if (kind == "bias_init")
            what = tr("bias initialisation");
        else if (kind == "task")
            what = tr("task");
        return tr("Unknown %1 '%2' (expected one of: %3).")
            .arg(what, arg(error, "value"), arg(error, "allowed"));
    }
    if (code == "not_a_number")
        return tr("'%1' is not a number.").arg(arg(error, "value"));
    if (code == "non_finite")
        return tr("'%1' is not a finite number.").arg(arg(error, "value"));
    if (code == "width_not_integer")
        return tr("Hidden layer %1: the width '%2' is not a whole number.")
            .arg(arg(error, "index"), arg(error, "value"));
    if (code == "width_out_of_range") {
        const QString layer = has(error, "layer") ? arg(error, "layer") : arg(error, "index");
        return tr("Hidden layer %1: the width must lie between %2 and %3; %4 is outside.")
            .arg(layer, arg(error, "min"), arg(error, "max"), arg(error, "value"));
    }
    if (code == "too_many_layers")
        return tr("At most %1 hidden layers are allowed.").arg(arg(error, "max"));
    return {};
}

// Trainer::create, setWeights, setActivation, setLearningRate and bornDeadFraction
// (core/network/trainer.h).
QString CoreErrorText::trainerError(const Core::Error &error)
{
    const std::string &code = error.code;
    if (code == "no_hidden_activation")
        return tr("The hidden layers need an activation.");
    if (code == "activation_count_mismatch")
        return tr("Give one activation for all hidden layers or one per layer: %1 given for "
                  "%2 layers.")
            .arg(arg(error, "count"), arg(error, "layers"));
    if (code == "empty_training_set")
        return tr("The training set has no samples.");
    if (code == "feature_count_mismatch")
        return tr("The training set has %1 features but the test set has %2.")
            .arg(arg(error, "train"), arg(error, "test"));
    if (code == "label_count_mismatch")
        return tr("Every sample needs exactly one label.");
    if (code == "label_out_of_range")
        return tr("Sample %1 has the label %2, outside 0 to %3.")
            .arg(arg(error, "index"), arg(error, "value"),
                 QString::number(arg(error, "classes").toInt() - 1));
    if (code == "target_shape_mismatch")
        return tr("Every sample needs exactly one target column.");
    if (code == "run_too_large")
        return tr("The run is too large: %1 samples × %2 hidden units is more than the limit of "
                  "%3 (samples × the sum of the hidden widths). Use fewer samples or fewer, "
                  "narrower hidden layers.")
            .arg(arg(error, "samples"), arg(error, "units"), arg(error, "max"));
    if (code == "option_out_of_range")
        return tr("The %1 must lie in %2; %3 is outside.")
            .arg(optionName(error.arg("option")), arg(error, "interval"), arg(error, "value"));
    if (code == "invalid_optimizer_parameter")
        return tr("The optimiser setting %1 cannot be %2.")
            .arg(arg(error, "name"), arg(error, "value"));
    if (code == "weight_layer_count")
        return tr("The network has %1 weight layers, but %2 were given.")
            .arg(arg(error, "expected"), arg(error, "value"));
    if (code == "weight_shape")
        return tr("Layer %1: the weight matrix is %2 × %3 but must be %4 × %5.")
            .arg(arg(error, "layer"), arg(error, "rows"), arg(error, "cols"),
                 arg(error, "expectedRows"), arg(error, "expectedCols"));
    if (code == "bias_shape")
        return tr("Layer %1: the bias has %2 values but must have %3.")
            .arg(arg(error, "layer"), arg(error, "size"), arg(error, "expected"));
    if (code == "prelu_slope_count" && error.arg("or_one") == "1")
        return tr("Layer %1: %2 PReLU slopes were given but 1 or %3 are needed.")
            .arg(arg(error, "layer"), arg(error, "size"), arg(error, "expected"));
    if (code == "prelu_slope_count")
        return tr("Layer %1: %2 PReLU slopes were given but %3 are needed.")
            .arg(arg(error, "layer"), arg(error, "size"), arg(error, "expected"));
    if (code == "prelu_slopes_not_prelu")
        return tr("Layer %1: PReLU slopes were given, but the layer's activation is not prelu.")
            .arg(arg(error, "layer"));
    if (code == "weights_not_finite")
        return tr("Layer %1: a weight is NaN or infinite.").arg(arg(error, "layer"));
    if (code == "layer_out_of_range")
        return tr("There is no hidden layer %1; the network has %2.")
            .arg(arg(error, "layer"), arg(error, "count"));
    if (code == "unit_out_of_range")
        return tr("Hidden layer %1 has no unit %2; it has %3 units.")
            .arg(arg(error, "layer"), arg(error, "unit"), arg(error, "units"));
    if (code == "trainer_state_invalid")
        return tr("The saved training state's %1 cannot be %2.")
            .arg(arg(error, "field"), arg(error, "value"));
    if (code == "trainer_state_size")
        return tr("The saved training state's %1 has %2 values but must have %3.")
            .arg(arg(error, "field"), arg(error, "size"), arg(error, "expected"));
    if (code == "trainer_state_order")
        return tr("The saved order of the training samples is not an order of all of them.");
    if (code == "invalid_draws")
        return tr("At least one draw is needed; %1 is not allowed.").arg(arg(error, "value"));
    if (code == "cancelled")
        return tr("The count was stopped after %1 of %2 draws.")
            .arg(arg(error, "done"), arg(error, "draws"));
    return {};
}

// The stable names of core/limits.h's table.
QString CoreErrorText::optionName(const std::string &name)
{
    if (name == "lr")
        return tr("learning rate");
    if (name == "momentum")
        return tr("momentum");
    if (name == "beta1")
        return tr("Adam β1");
    if (name == "beta2")
        return tr("Adam β2");
    if (name == "epsilon")
        return tr("epsilon ε");
    if (name == "rms_alpha")
        return tr("RMSprop smoothing α");
    if (name == "weight_decay")
        return tr("weight decay");
    if (name == "step_size")
        return tr("step size of the schedule");
    if (name == "gamma")
        return tr("decay factor γ");
    if (name == "cosine_epochs")
        return tr("cosine schedule length");
    if (name == "batch_size")
        return tr("batch size");
    if (name == "epochs")
        return tr("number of epochs");
    if (name == "activity_l1")
        return tr("L1 activity penalty");
    if (name == "bias_init")
        return tr("bias constant");
    if (name == "hidden_layers")
        return tr("number of hidden layers");
    if (name == "hidden_width")
        return tr("hidden layer width");
    return QString::fromStdString(name);
}

QString CoreErrorText::allowedRange(const Core::OptionRange &range)
{
    const QLocale locale;
    const auto number = [&](double value) {
        return range.integer ? locale.toString(qlonglong(value)) : locale.toString(value, 'g', 7);
    };
    const QString lower = number(range.minimum)
                          + (range.minimumOpen ? QStringLiteral(" < ") : QStringLiteral(" ≤ "));
    const QString upper = (range.maximumOpen ? QStringLiteral(" < ") : QStringLiteral(" ≤ "))
                          + number(range.maximum);
    //: %1 is e.g. "0 < value ≤ 1,000,000": the values a field accepts
    return tr("Allowed: %1").arg(lower + tr("value") + upper);
}

QString CoreErrorText::inHiddenLayer(const QString &layer, const QString &text)
{
    return tr("Hidden layer %1: %2").arg(layer, text);
}

} // namespace

QString describeCoreError(const Core::Error &error)
{
    if (QString text = CoreErrorText::activationError(error); !text.isEmpty())
        return has(error, "layer") ? CoreErrorText::inHiddenLayer(arg(error, "layer"), text) : text;
    for (QString (*describe)(const Core::Error &) :
         {CoreErrorText::csvError, CoreErrorText::datasetError, CoreErrorText::configError,
          CoreErrorText::trainerError}) {
        if (QString text = describe(error); !text.isEmpty())
            return text;
    }
    return QString::fromStdString(error.message);
}

QString optionName(Core::Option option)
{
    return CoreErrorText::optionName(Core::optionRange(option).name);
}

QString allowedRangeText(Core::Option option)
{
    return CoreErrorText::allowedRange(Core::optionRange(option));
}

} // namespace ReluLab
