// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "initialisers.h"

#include "core/random.h"

#include <Eigen/QR>

#include <cmath>

namespace ReluLab::Core {

namespace {

void fillUniform(Eigen::MatrixXd &w, double bound, Rng &rng)
{
    for (Eigen::Index i = 0; i < w.rows(); ++i)
        for (Eigen::Index j = 0; j < w.cols(); ++j)
            w(i, j) = rng.uniform(-bound, bound);
}

void fillNormal(Eigen::MatrixXd &w, double stddev, Rng &rng)
{
    for (Eigen::Index i = 0; i < w.rows(); ++i)
        for (Eigen::Index j = 0; j < w.cols(); ++j)
            w(i, j) = rng.normal(0.0, stddev);
}

// torch.nn.init.orthogonal_: QR of a Gaussian matrix with at least as many rows as columns,
// Q made unique by the signs of R's diagonal, transposed back when the layer is wide.
Eigen::MatrixXd orthogonal(Eigen::Index rows, Eigen::Index cols, Rng &rng)
{
    Eigen::MatrixXd flat(rows, cols);
    fillNormal(flat, 1.0, rng);
    const bool wide = rows < cols;
    if (wide)
        flat.transposeInPlace();
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(flat);
    const Eigen::Index m = flat.rows();
    const Eigen::Index n = flat.cols();
    Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(m, n); // thin Q: m x n
    for (Eigen::Index j = 0; j < n; ++j) {
        const double r = qr.matrixQR()(j, j);
        if (r < 0.0)
            q.col(j) = -q.col(j);
    }
    if (wide)
        q.transposeInPlace();
    return q;
}

} // namespace

std::vector<LayerWeights> initialWeights(const std::vector<int> &widths, InitScheme scheme,
                                         const BiasInit &bias, Rng &rng)
{
    std::vector<LayerWeights> layers;
    const std::size_t count = widths.size() - 1;
    for (std::size_t k = 0; k < count; ++k) {
        const Eigen::Index fanIn = widths[k];
        const Eigen::Index fanOut = widths[k + 1];
        const double in = double(fanIn);
        const double out = double(fanOut);
        LayerWeights layer;
        layer.weight.resize(fanOut, fanIn);
        layer.bias = Eigen::VectorXd::Zero(fanOut);
        switch (scheme) {
        case InitScheme::PytorchDefault:
            // kaiming_uniform_(a = √5): gain √(2/(1 + 5)), bound = gain·√(3/fan_in) = 1/√fan_in.
            fillUniform(layer.weight, 1.0 / std::sqrt(in), rng);
            break;
        case InitScheme::XavierUniform:
            fillUniform(layer.weight, std::sqrt(6.0 / (in + out)), rng);
            break;
        case InitScheme::XavierNormal:
            fillNormal(layer.weight, std::sqrt(2.0 / (in + out)), rng);
            break;
        case InitScheme::HeUniform:
            fillUniform(layer.weight, std::sqrt(6.0 / in), rng);
            break;
        case InitScheme::HeNormal:
            fillNormal(layer.weight, std::sqrt(2.0 / in), rng);
            break;
        case InitScheme::LecunNormal:
            fillNormal(layer.weight, std::sqrt(1.0 / in), rng);
            break;
        case InitScheme::Orthogonal:
            layer.weight = orthogonal(fanOut, fanIn, rng);
            break;
        case InitScheme::Rai: {
            const double stddev = 0.6007 / std::sqrt(in);
            fillNormal(layer.weight, stddev, rng);
            for (Eigen::Index i = 0; i < fanOut; ++i)
                layer.bias(i) = rng.normal(0.0, stddev);
            for (Eigen::Index i = 0; i < fanOut; ++i) {
                const auto position = Eigen::Index(rng.below(std::uint64_t(fanIn) + 1));
                const double value = rng.beta21();
                if (position == fanIn)
                    layer.bias(i) = value;
                else
                    layer.weight(i, position) = value;
            }
            break;
        }
        }
        if (scheme != InitScheme::Rai) {
            if (bias.pytorchDefault) {
                const double bound = 1.0 / std::sqrt(in);
                for (Eigen::Index i = 0; i < fanOut; ++i)
                    layer.bias(i) = rng.uniform(-bound, bound);
            } else if (k + 1 < count) {
                layer.bias.setConstant(bias.value);
            }
        }
        layers.push_back(std::move(layer));
    }
    return layers;
}

} // namespace ReluLab::Core
