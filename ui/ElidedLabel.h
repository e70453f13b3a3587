#pragma once

#include <QLabel>

namespace lookout {

// A one-line plain-text label that ends in "…" when narrower than its text, instead of being
// cut off mid-letter; text() and the tooltip keep the whole of it.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
    // What is shown now.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace lookout
