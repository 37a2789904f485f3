// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ReLU Lab authors
#include "core/trainingconfig.h"

#include <QtTest>

using namespace ReluLab::Core;

Q_DECLARE_METATYPE(std::vector<LayerActivation>)
Q_DECLARE_METATYPE(std::vector<int>)

class TestNetworkConfig : public QObject
{
    Q_OBJECT

private slots:
    void activationRule_data();
    void activationRule();
    void setActivationWritesOnePerLayer();
};

namespace {

LayerActivation act(const char *id, double slope = -1.0)
{
    LayerActivation a{id, {}};
    if (slope >= 0.0)
        a.parameters["negative_slope"] = slope;
    return a;
}

} // namespace

// The one rule: a single entry stands for every hidden layer, otherwise one entry per layer.
void TestNetworkConfig::activationRule_data()
{
    QTest::addColumn<std::vector<int>>("hidden");
    QTest::addColumn<std::vector<LayerActivation>>("activations");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("lastId");

    QTest::newRow("one_for_all") << std::vector<int>{4, 4, 4}
                                 << std::vector<LayerActivation>{act("tanh")} << true << true
                                 << QStringLiteral("tanh");
    QTest::newRow("one_per_layer_same")
        << std::vector<int>{4, 4} << std::vector<LayerActivation>{act("relu"), act("relu")} << true
        << true << QStringLiteral("relu");
    QTest::newRow("one_per_layer_mixed")
        << std::vector<int>{4, 4} << std::vector<LayerActivation>{act("relu"), act("gelu")} << true
        << false << QStringLiteral("gelu");
    QTest::newRow("same_id_other_parameter")
        << std::vector<int>{4, 4}
        << std::vector<LayerActivation>{act("leaky_relu", 0.01), act("leaky_relu", 0.2)} << true
        << false << QStringLiteral("leaky_relu");
    QTest::newRow("two_for_three_layers")
        << std::vector<int>{4, 4, 4} << std::vector<LayerActivation>{act("relu"), act("elu")}
        << false << false << QStringLiteral("relu");
    QTest::newRow("none_without_hidden_layers")
        << std::vector<int>{} << std::vector<LayerActivation>{} << true << true << QString();
    QTest::newRow("none_with_hidden_layers")
        << std::vector<int>{4} << std::vector<LayerActivation>{} << false << true
        << QStringLiteral("relu");
}

void TestNetworkConfig::activationRule()
{
    QFETCH(std::vector<int>, hidden);
    QFETCH(std::vector<LayerActivation>, activations);
    QFETCH(bool, fits);
    QFETCH(bool, same);
    QFETCH(QString, lastId);
    NetworkConfig network;
    network.hidden = hidden;
    network.activations = activations;
    QCOMPARE(network.activationCountFits(), fits);
    QCOMPARE(network.sameActivationForAll(), same);
    if (!hidden.empty())
        QCOMPARE(QString::fromStdString(network.activationFor(hidden.size() - 1).id), lastId);
}

void TestNetworkConfig::setActivationWritesOnePerLayer()
{
    NetworkConfig network;
    network.hidden = {3, 5, 7};
    network.activations = {act("tanh")};
    network.setActivationFor(1, act("relu"));
    QCOMPARE(network.activations.size(), std::size_t(3));
    QCOMPARE(network.activationFor(0).id, std::string("tanh"));
    QCOMPARE(network.activationFor(1).id, std::string("relu"));
    QCOMPARE(network.activationFor(2).id, std::string("tanh"));
    QVERIFY(network.activationCountFits());
    QVERIFY(!network.sameActivationForAll());
}

QTEST_APPLESS_MAIN(TestNetworkConfig)
#include "tst_networkconfig.moc"
