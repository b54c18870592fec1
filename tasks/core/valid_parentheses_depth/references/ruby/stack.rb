CLOSER = { "(" => ")", "[" => "]", "{" => "}" }.freeze

# @param {String} s
# @return {Integer}
def max_depth(s)
  stack = []
  depth = 0
  s.each_char do |ch|
    expected = CLOSER[ch]
    if expected
      stack << expected
      depth = stack.size if stack.size > depth
    elsif stack.empty? || stack.pop != ch
      return -1
    end
  end
  stack.empty? ? depth : -1
end
