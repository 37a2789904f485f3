// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
//
// The explorer's interactive path: one slider step → Activation::create → sample f, f′, f″ of
// the main curve and six overlays at 1600 points → setData → replot finished. Reports the median
// and the 99th percentile over many steps. Aim: median under 8 ms, so dragging stays fluid.
//
//   QT_QPA_PLATFORM=offscreen bench_ui_explorer [steps] [width height]

#include "ui/explorer/activationplot.h"
#include "ui/explorer/explorerwidget.h"
#include "ui/explorer/parameterpanel.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ReluLab;

namespace {

// CPU time of this thread: on a loaded machine (CI, shared cores) wall time mostly measures the
// other processes; this measures our work.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int steps = argc > 1 ? std::max(10, std::atoi(argv[1])) : 400;
    const int width = argc > 3 ? std::atoi(argv[2]) : 1100;
    const int height = argc > 3 ? std::atoi(argv[3]) : 700;

    ExplorerWidget explorer;
    explorer.resize(width + 600, height + 100);
    explorer.show();
    explorer.plot()->customPlot()->resize(width, height);
    explorer.plot()->setShowDerivative(true);
    explorer.plot()->setShowSecondDerivative(true);
    explorer.selectActivation(QStringLiteral("elu"));
    const char *overlays[] = {"gelu", "silu", "mish", "softplus", "selu", "celu"};
    for (const char *id : overlays)
        explorer.addOverlay(QString::fromLatin1(id), {});
    QApplication::processEvents();

    auto *slider = explorer.parameterPanel()->findChild<QSlider *>(QStringLiteral("alphaSlider"));
    if (!slider) {
        std::fprintf(stderr, "bench_ui_explorer: no alpha slider\n");
        return 1;
    }
    QCustomPlot *plot = explorer.plot()->customPlot();
    // BENCH_FULL=1 forces a full, antialiased replot of every layer at each step: the cost of
    // one idle-quality frame. The default measures what a drag does: the plot's own queued
    // replot (curves and legend layers, no antialiasing while steps come fast) and the repaint
    // that composites the layer buffers onto the widget.
    const bool full = qEnvironmentVariableIntValue("BENCH_FULL") != 0;
    std::vector<double> ms;
    std::vector<double> sampleMs; // the share spent before the replot: core + setData
    ms.reserve(steps);
    sampleMs.reserve(steps);
    std::vector<double> cpuMs;
    cpuMs.reserve(steps);
    QElapsedTimer timer;
    for (int i = 0; i < steps; ++i) {
        const int position = (i * 7) % (slider->maximum() + 1);
        timer.start();
        const double cpuStart = threadCpuMs();
        slider->setValue(position == slider->value() ? position + 1 : position);
        sampleMs.push_back(timer.nsecsElapsed() / 1e6);
        if (full)
            plot->replot(QCustomPlot::rpImmediateRefresh);
        else
            QApplication::processEvents(); // runs the queued replot
        if (qEnvironmentVariableIntValue("BENCH_NO_REPAINT") == 0)
            plot->repaint(); // until the pixels are on the widget
        ms.push_back(timer.nsecsElapsed() / 1e6);
        cpuMs.push_back(threadCpuMs() - cpuStart);
        if (full)
            QApplication::processEvents();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(sampleMs.begin(), sampleMs.end());
    const double median = ms[ms.size() / 2];
    const double p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    std::printf("bench_ui_explorer: %d slider steps, 7 curves x 3 (f, f', f'') x %d samples, "
                "plot %dx%d, %s\n",
                steps, ActivationPlot::DefaultSampleCount, width, height,
                full ? "full antialiased replot per step" : "drag path");
    std::printf("  parameter change -> finished replot: median %.2f ms, p99 %.2f ms, max %.2f ms\n",
                median, p99, ms.back());
    std::printf("  of which sampling + setData: median %.2f ms\n", sampleMs[sampleMs.size() / 2]);
    std::printf("  thread CPU time per step: median %.2f ms\n", medianOf(cpuMs));
    return 0;
}
