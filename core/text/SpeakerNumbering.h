#pragma once

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

namespace marginalia {

// Numbers speakers by name: 0, 1, 2, ... in the order their names are first met, each name once. How an import numbers
// the speakers of its paragraph rows (SpeakerLabels), how the copy of a document's rows lists them (ParagraphSpans) and
// how loaded rows refer to them (LoadedParagraphs), so that all three give a name the same number.
//
// `Name` is the form kept: std::string, QString, or std::string_view when the names it points to outlive this. A name
// is asked for as a Name or as anything a Name compares equal to and can be made from (std::string_view for
// std::string).
//
// A transcript has a few speakers taking turns: the name met last is compared first (the next row's speaker is most
// often the same), then up to kFewNames names one by one; past those the names are looked up in a hash made then,
// so a hand-made file with a name per row stays linear.
template<typename Name>
class SpeakerNumbering
{
public:
    static constexpr std::size_t kFewNames = 8;

    // The number of `name`, given it now if it is new.
    template<typename Key>
    int number(const Key &name)
    {
        if (const int last = ifLast(name); last >= 0)
            return last;
        m_last = find(name);
        if (m_last < 0) {
            m_last = static_cast<int>(m_names.size());
            m_names.push_back(Name(name));
            if (!m_byName.empty())
                m_byName.emplace(m_names.back(), m_last);
        }
        return m_last;
    }
    // The number of the name met last if `name` is it, else -1: the first check of number(), for a caller with work
    // to do on a name before numbering it, work that the most common row can skip.
    template<typename Key>
    int ifLast(const Key &name) const
    {
        // (Bounded: a moved-from numbering has no names and may keep its last number.)
        return m_last >= 0 && static_cast<std::size_t>(m_last) < m_names.size()
                && m_names[static_cast<std::size_t>(m_last)] == name
            ? m_last
            : -1;
    }

    // The names in the order of their numbers.
    const std::vector<Name> &names() const { return m_names; }
    const Name &name(int number) const { return m_names[static_cast<std::size_t>(number)]; }
    std::size_t size() const { return m_names.size(); }
    bool empty() const { return m_names.empty(); }
    void clear()
    {
        m_names.clear();
        m_byName.clear();
        m_last = -1;
    }

private:
    template<typename Key>
    int find(const Key &name)
    {
        if (m_names.size() <= kFewNames) {
            const auto known = std::find(m_names.begin(), m_names.end(), name);
            return known == m_names.end() ? -1 : static_cast<int>(known - m_names.begin());
        }
        if (m_byName.empty()) {
            for (std::size_t i = 0; i < m_names.size(); ++i)
                m_byName.emplace(m_names[i], static_cast<int>(i));
        }
        const auto known = m_byName.find(Name(name));
        return known == m_byName.end() ? -1 : known->second;
    }

    std::vector<Name> m_names;
    std::unordered_map<Name, int> m_byName;   // made once there are more than kFewNames names
    int m_last = -1;                          // the number given last
};

} // namespace marginalia
