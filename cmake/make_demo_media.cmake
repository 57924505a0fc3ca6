# Generates the demo lesson videos (resources/demo-media/manifest.json) with ffmpeg: a moving
# test picture with the lesson's title and a clock, a tone, H.264 + AAC in MP4 (moov first, for
# streaming), plus WebVTT captions in Chinese and English from the manifest's cues (4 s each).
#   cmake -DMANIFEST=... -DOUT=... -DFFMPEG=... [-DFONT=...] -P make_demo_media.cmake
file(READ "${MANIFEST}" json)
file(MAKE_DIRECTORY "${OUT}")

function(vtt_time seconds out)
    math(EXPR m "${seconds} / 60")
    math(EXPR s "${seconds} % 60")
    if(m LESS 10)
        set(m "0${m}")
    endif()
    if(s LESS 10)
        set(s "0${s}")
    endif()
    set(${out} "00:${m}:${s}.000" PARENT_SCOPE)
endfunction()

string(JSON clips LENGTH "${json}" clips)
math(EXPR lastClip "${clips} - 1")
foreach(i RANGE ${lastClip})
    string(JSON file GET "${json}" clips ${i} file)
    string(JSON seconds GET "${json}" clips ${i} seconds)
    string(JSON tone GET "${json}" clips ${i} tone)
    string(JSON title GET "${json}" clips ${i} title)
    string(REGEX REPLACE "\\.mp4$" "" stem "${file}")
    set(zh "WEBVTT\n\n")
    set(en "WEBVTT\n\n")
    set(cue 0)
    string(JSON chapters LENGTH "${json}" clips ${i} chapters)
    math(EXPR lastChapter "${chapters} - 1")
    foreach(c RANGE ${lastChapter})
        string(JSON start GET "${json}" clips ${i} chapters ${c} start)
        string(JSON cues LENGTH "${json}" clips ${i} chapters ${c} cues)
        math(EXPR lastCue "${cues} - 1")
        foreach(k RANGE ${lastCue})
            math(EXPR from "${start} + ${k} * 4")
            math(EXPR to "${from} + 4")
            vtt_time(${from} a)
            vtt_time(${to} b)
            string(JSON textZh GET "${json}" clips ${i} chapters ${c} cues ${k} 0)
            string(JSON textEn GET "${json}" clips ${i} chapters ${c} cues ${k} 1)
            math(EXPR cue "${cue} + 1")
            string(APPEND zh "${cue}\n${a} --> ${b}\n${textZh}\n\n")
            string(APPEND en "${cue}\n${a} --> ${b}\n${textEn}\n\n")
        endforeach()
    endforeach()
    file(WRITE "${OUT}/${stem}.zh.vtt" "${zh}")
    file(WRITE "${OUT}/${stem}.en.vtt" "${en}")
    file(WRITE "${OUT}/${stem}.title.txt" "${title}")

    set(font "")
    if(FONT AND EXISTS "${FONT}")
        set(font "fontfile=${FONT}:")
    endif()
    set(box "fontcolor=white:box=1:boxcolor=black@0.55")
    set(filter "drawtext=${font}textfile=${OUT}/${stem}.title.txt:fontsize=34:${box}:boxborderw=12:x=(w-text_w)/2:y=36,drawtext=${font}text='%{pts\\:hms}':fontsize=24:${box}:boxborderw=8:x=(w-text_w)/2:y=h-64")
    execute_process(
        COMMAND "${FFMPEG}" -y -nostdin -loglevel error
                -f lavfi -i "testsrc2=size=640x360:rate=25:duration=${seconds}"
                -f lavfi -i "sine=frequency=${tone}:duration=${seconds}:sample_rate=44100"
                -vf "${filter}" -c:v libx264 -preset veryfast -crf 30 -pix_fmt yuv420p -g 50
                -c:a aac -b:a 64k -ac 2 -movflags +faststart -map_metadata -1
                -fflags +bitexact -flags:v +bitexact -flags:a +bitexact
                "${OUT}/${file}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "ffmpeg could not make ${file} (${result})")
    endif()
endforeach()
configure_file("${MANIFEST}" "${OUT}/manifest.json" COPYONLY)
