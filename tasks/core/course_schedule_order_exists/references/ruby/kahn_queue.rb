# @param {Integer} num_courses
# @param {Integer[][]} prerequisites
# @return {Boolean}
def can_finish(num_courses, prerequisites)
  unlocks = Array.new(num_courses) { [] }
  missing = Array.new(num_courses, 0) # prerequisites not yet taken, per course
  prerequisites.each do |course, before|
    unlocks[before] << course
    missing[course] += 1
  end
  queue = (0...num_courses).select { |c| missing[c].zero? }
  head = 0
  while head < queue.length
    unlocks[queue[head]].each do |after|
      missing[after] -= 1
      queue << after if missing[after].zero?
    end
    head += 1
  end
  queue.length == num_courses # courses on or behind a cycle never become ready
end
