# @param {Integer} num_courses
# @param {Integer[][]} prerequisites
# @return {Boolean}
def can_finish(num_courses, prerequisites)
  course = prerequisites.map(&:first)
  before = prerequisites.map(&:last)
  size = course.length
  blocked = Array.new(num_courses, false)
  while size > 0
    # Courses still needing something cannot be taken this round; everything else can.
    blocked.fill(false)
    k = 0
    while k < size
      blocked[course[k]] = true
      k += 1
    end
    kept = 0
    k = 0
    while k < size
      if blocked[before[k]]
        course[kept] = course[k]
        before[kept] = before[k]
        kept += 1
      end
      k += 1
    end
    return false if kept == size # nothing could be taken: a cycle

    size = kept
  end
  true
end
