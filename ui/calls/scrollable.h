#pragma once

#include <QFrame>
#include <QScrollArea>

namespace Ui {

// A panel that scrolls rather than squeezing its rows together when its splitter pane is
// short (the call details under a tall call list).
inline QScrollArea *scrollable(QWidget *panel)
{
    auto *area = new QScrollArea(panel->parentWidget());
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace Ui
