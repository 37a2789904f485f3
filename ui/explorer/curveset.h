// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#pragma once

#include "curvegraph.h"

#include "core/activation.h"

#include <QString>

#include <optional>

class QColor;
class QCPAxis;
class QCPGraph;
class QCPLayer;
class QCustomPlot;

namespace ReluLab {

/// One overlay curve: an activation with its own parameters. With `subtract` set, the curve is
/// activation − subtract, drawn against the right-hand axis (GELU tanh − exact is ~1e-3).
struct PlotCurveSpec
{
    Core::Activation activation;
    std::optional<Core::Activation> subtract;
    QString label;
    bool visible = true;
};

/// The grid a curve is sampled on and which derivatives are wanted.
struct CurveSampling
{
    double xMin = 0.0;
    double xMax = 1.0;
    int count = 2;
    bool df = true;
    bool d2f = false;

    bool operator==(const CurveSampling &) const = default;
};

/// The three graphs (f, f′, f″) of one curve, and the dots at its break points: a filled dot at
/// the value taken at the point (f(x), or f′(x) as PyTorch returns it), an open circle at a
/// one-sided limit that is not taken. It remembers what its data was sampled from, so an
/// update with the same activation, parameters and grid keeps the data it has: a slider step
/// on the main curve resamples one set, not seven.
class CurveSet
{
public:
    CurveSet() = default;
    /// Creates the graphs (owned by `plot`) on `layer`.
    CurveSet(QCustomPlot *plot, QCPLayer *layer);

    QCPGraph *f() const { return m_f; }
    QCPGraph *df() const { return m_df; }
    QCPGraph *d2f() const { return m_d2f; }
    /// f, f′ or f″ by derivative order (0, 1, 2); null for any other order.
    QCPGraph *derivative(int order) const
    {
        return order == 0 ? m_f : order == 1 ? m_df : order == 2 ? m_d2f : nullptr;
    }
    /// Scatter-only graphs: the filled dots and the open circles of f and (when shown) f′.
    QCPGraph *filledDots() const { return m_filled; }
    QCPGraph *openDots() const { return m_open; }

    /// Shows `spec` sampled on `sampling`; a null or invisible spec hides and empties the graphs.
    /// Returns true when the data changed (the curve was resampled or cleared).
    bool update(const PlotCurveSpec *spec, const CurveSampling &sampling);
    /// Forgets the cached key, so the next update resamples.
    void invalidate() { m_key.reset(); }
    void setValueAxis(QCPAxis *axis);
    /// f solid at `width`, f′ dashed and f″ dotted at 0.6 · width; with `dots`, f is drawn as
    /// discs of `dotSize` pixels instead of a line. Open circles are filled with `background`,
    /// so the line under them does not show through.
    void setStyle(const QColor &colour, double width, bool dots, double dotSize,
                  const QColor &background);

private:
    struct Key
    {
        std::optional<Core::Activation> activation; // nullopt: hidden
        std::optional<Core::Activation> subtract;
        CurveSampling sampling;
    };
    static bool sameKey(const Key &a, const Key &b);

    void updateBreaks(const PlotCurveSpec &spec, const CurveSampling &sampling);
    void clearBreaks();

    CurveGraph *m_f = nullptr;
    CurveGraph *m_df = nullptr;
    CurveGraph *m_d2f = nullptr;
    QCPGraph *m_filled = nullptr;
    QCPGraph *m_open = nullptr;
    std::optional<Key> m_key;
};

} // namespace ReluLab
