#include <QTest>
class TestHostileInputs : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"
